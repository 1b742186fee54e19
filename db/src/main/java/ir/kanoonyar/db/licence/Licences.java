package ir.kanoonyar.db.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks licences up by number for the PDF (back-office and bot) and the public verification page. */
@Service
@Transactional(readOnly = true)
public class Licences {

    private final LicenceRepository licences;
    private final KanoonRepository kanoons;
    private final MosqueRepository mosques;
    private final CountyRepository counties;
    private final PersonRepository persons;
    private final Clock clock;
    private final String publicUrl;

    public Licences(LicenceRepository licences, KanoonRepository kanoons, MosqueRepository mosques,
                    CountyRepository counties, PersonRepository persons, Clock clock,
                    @Value("${kanoonyar.public-url:http://localhost:8080}") String publicUrl) {
        this.licences = licences;
        this.kanoons = kanoons;
        this.mosques = mosques;
        this.counties = counties;
        this.persons = persons;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Optional<LicenceView> find(String number) {
        return licences.findByNumber(number).map(this::view);
    }

    /** Where the QR code of a licence points. Licence numbers are [0-9-] only, so need no escaping. */
    public String verifyUrl(String number) {
        return publicUrl + "/verify/" + number;
    }

    private LicenceView view(Licence licence) {
        Kanoon kanoon = kanoons.findById(licence.getKanoonId()).orElseThrow();
        String mosque = mosques.findById(kanoon.getMosqueId()).map(m -> m.getName()).orElse("");
        County county = counties.findById(kanoon.getCountyId()).orElseThrow();
        String manager = kanoon.getManagerPersonId() == null ? ""
                : persons.findById(kanoon.getManagerPersonId()).map(Person::fullName).orElse("");
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        return new LicenceView(licence.getNumber(), kanoon.getName(), mosque, county.getName(),
                county.getProvince().getName(), manager, JalaliDate.from(licence.getIssuedOn()),
                JalaliDate.from(licence.getValidUntil()), licence.getStatus(), validity(licence, today),
                licence.getStatusChangedAt() == null ? null
                        : JalaliDate.of(licence.getStatusChangedAt(), JalaliDate.TEHRAN));
    }

    static LicenceView.Validity validity(Licence licence, LocalDate today) {
        if (licence.isValidOn(today)) {
            return LicenceView.Validity.VALID;
        }
        if (licence.getStatus() == LicenceStatus.SUSPENDED) {
            return LicenceView.Validity.SUSPENDED;
        }
        if (licence.getStatus() == LicenceStatus.REVOKED) {
            return LicenceView.Validity.REVOKED;
        }
        if (licence.getStatus() == LicenceStatus.SUPERSEDED) {
            return LicenceView.Validity.SUPERSEDED;
        }
        return today.isBefore(licence.getIssuedOn()) ? LicenceView.Validity.NOT_YET : LicenceView.Validity.EXPIRED;
    }
}
