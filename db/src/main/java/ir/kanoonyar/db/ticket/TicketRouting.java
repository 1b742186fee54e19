package ir.kanoonyar.db.ticket;

import java.util.Comparator;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.region.CountyRepository;
import org.springframework.stereotype.Component;

/**
 * Where a person's ticket goes: the county (and province) of the kanoon they manage, else of their
 * registration. A person with neither has no region to write to.
 */
@Component
public class TicketRouting {

    /** The region a ticket is routed to; countyId may be null (then the province answers). */
    public record Region(Long provinceId, Long countyId) {
    }

    private final KanoonRepository kanoons;
    private final CountyRepository counties;

    public TicketRouting(KanoonRepository kanoons, CountyRepository counties) {
        this.kanoons = kanoons;
        this.counties = counties;
    }

    public Optional<Region> regionOf(Person person) {
        if (!person.isRegistered()) {
            return Optional.empty();
        }
        Optional<Kanoon> kanoon = kanoons.findByManagerPersonId(person.getId()).stream()
                .filter(k -> k.getStatus() == KanoonStatus.ACTIVE && k.getProvinceId() != null)
                .min(Comparator.comparing(Kanoon::getId));
        if (kanoon.isPresent()) {
            return Optional.of(new Region(kanoon.get().getProvinceId(), kanoon.get().getCountyId()));
        }
        if (person.getCountyId() != null) {
            Long province = counties.findById(person.getCountyId()).map(c -> c.getProvince().getId())
                    .orElse(person.getProvinceId());
            return Optional.ofNullable(province).map(p -> new Region(p, person.getCountyId()));
        }
        return Optional.ofNullable(person.getProvinceId()).map(p -> new Region(p, null));
    }
}
