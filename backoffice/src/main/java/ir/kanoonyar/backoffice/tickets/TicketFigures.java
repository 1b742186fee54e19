package ir.kanoonyar.backoffice.tickets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KbAnswerRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketRepository;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk's figures in the staff member's region (item 4): tickets per category and per region
 * (county for province and county staff, province for the national admin), first-response and
 * resolution times (median and 90th percentile, in hours), ratings, and knowledge-base hits.
 */
@Service
class TicketFigures {

    /** One line of a table: what it counts, and its figures. */
    record Line(String label, long tickets, long open, Double firstResponseMedian, Double firstResponseP90,
                Double resolutionMedian, Double resolutionP90, long rated, Double averageRating) {
    }

    record Figures(List<Line> byCategory, List<Line> byRegion, Line total, long kbOffered, long kbOpened) {
    }

    private final TicketRepository tickets;
    private final CountyRepository counties;
    private final ProvinceRepository provinces;
    private final KbAnswerRepository answers;

    TicketFigures(TicketRepository tickets, CountyRepository counties, ProvinceRepository provinces,
                  KbAnswerRepository answers) {
        this.tickets = tickets;
        this.counties = counties;
        this.provinces = provinces;
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    Figures of(StaffScope scope, Function<TicketCategory, String> categoryName) {
        List<Ticket> all = tickets.findAll(inScope(scope));
        Map<TicketCategory, List<Ticket>> byCategory = new LinkedHashMap<>();
        for (TicketCategory c : TicketCategory.values()) {
            byCategory.put(c, new ArrayList<>());
        }
        all.forEach(t -> byCategory.get(t.getCategory()).add(t));
        List<Line> categories = new ArrayList<>();
        byCategory.forEach((c, list) -> categories.add(line(categoryName.apply(c), list)));

        boolean national = scope.role() == StaffRole.NATIONAL_ADMIN;
        Map<Long, List<Ticket>> byRegion = all.stream().collect(Collectors.groupingBy(
                t -> national ? t.getProvinceId() : (t.getCountyId() == null ? -1L : t.getCountyId()),
                LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names = national
                ? provinces.findAll().stream().collect(Collectors.toMap(Province::getId, Province::getName))
                : counties.findAllById(byRegion.keySet()).stream().collect(Collectors.toMap(County::getId, County::getName));
        List<Line> regions = byRegion.entrySet().stream()
                .map(e -> line(names.getOrDefault(e.getKey(), "—"), e.getValue()))
                .sorted(Comparator.comparing(Line::tickets).reversed().thenComparing(Line::label)).toList();

        List<KbAnswer> kb = national ? answers.findAll() : answers.visibleIn(scope.provinceId());
        return new Figures(categories, regions, line("", all), kb.stream().mapToLong(KbAnswer::getOffered).sum(),
                kb.stream().mapToLong(KbAnswer::getOpened).sum());
    }

    private static Specification<Ticket> inScope(StaffScope scope) {
        return (root, q, cb) -> switch (scope.role()) {
            case COUNTY_STAFF -> cb.equal(root.get("countyId"), scope.countyId());
            case PROVINCE_STAFF -> cb.equal(root.get("provinceId"), scope.provinceId());
            case NATIONAL_ADMIN -> cb.and(new Predicate[0]);
        };
    }

    static Line line(String label, List<Ticket> list) {
        List<Double> first = list.stream().filter(t -> t.getFirstResponseAt() != null)
                .map(t -> hours(Duration.between(t.getCreatedAt(), t.getFirstResponseAt()))).sorted().toList();
        List<Double> resolution = list.stream().filter(t -> t.getResolvedAt() != null)
                .map(t -> hours(Duration.between(t.getCreatedAt(), t.getResolvedAt()))).sorted().toList();
        List<Integer> ratings = list.stream().map(Ticket::getRating).filter(r -> r != null).toList();
        long open = list.stream().filter(t -> t.getState().awaitsStaff()).count();
        return new Line(label, list.size(), open, percentile(first, 50), percentile(first, 90),
                percentile(resolution, 50), percentile(resolution, 90), ratings.size(),
                ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    /** The nearest-rank percentile of sorted values; null for none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double hours(Duration d) {
        return d.toMinutes() / 60.0;
    }
}
