package ir.kanoonyar.db.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.Choice;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.identity.IdentityNotices;
import ir.kanoonyar.db.identity.KanoonIdentity;
import ir.kanoonyar.db.licence.LicenceNotices;
import ir.kanoonyar.db.licence.Licences;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.LicenceNumber;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.ApprovalHook;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved establishment request becomes a mosque, a kanoon managed by the applicant, and the
 * kanoon's licence (مجوز). Runs in the approval's transaction (it is an {@link ApprovalHook}), so the
 * approval and its licence commit or roll back together.
 *
 * <p>The licence number ({@link LicenceNumber}) has the province code, the Jalali year of issue and a
 * random part with a check digit, so that the public check cannot be walked through by counting. A
 * number already taken is drawn again; the unique key stops two approvals at once drawing the same.
 */
@Service
public class LicenceIssuing implements ApprovalHook {

    private static final int DRAWS = 5;

    private final MosqueRepository mosques;
    private final KanoonRepository kanoons;
    private final LicenceRepository licences;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final LicenceNotices notices;
    private final IdentityNotices identityNotices;
    private final Licences licenceViews;
    private final Clock clock;
    private final int validityYears;
    private final boolean kitWithLicence;

    public LicenceIssuing(MosqueRepository mosques, KanoonRepository kanoons, LicenceRepository licences,
                          ProvinceRepository provinces, CountyRepository counties, LicenceNotices notices,
                          IdentityNotices identityNotices, Licences licenceViews, Clock clock,
                          @Value("${kanoonyar.licence.validity-years:3}") int validityYears,
                          @Value("${kanoonyar.identity.kit-with-licence:true}") boolean kitWithLicence) {
        if (validityYears < 1) {
            throw new IllegalArgumentException("kanoonyar.licence.validity-years must be at least 1");
        }
        this.mosques = mosques;
        this.kanoons = kanoons;
        this.licences = licences;
        this.provinces = provinces;
        this.counties = counties;
        this.notices = notices;
        this.identityNotices = identityNotices;
        this.licenceViews = licenceViews;
        this.clock = clock;
        this.validityYears = validityYears;
        this.kitWithLicence = kitWithLicence;
    }

    @Override
    public void approved(Request request, Instant at) {
        if (request.getType() == RequestType.ESTABLISHMENT) {
            issue(request);
        }
    }

    /**
     * The licence of an approved establishment: issued now, or the one issued before for the same
     * request. A new licence's number, expiry and PDF are sent to the applicant, now its manager.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Licence issue(Request request) {
        if (request.getType() != RequestType.ESTABLISHMENT) {
            throw new IllegalArgumentException("Only an establishment request issues a licence, not " + request.getType());
        }
        if (request.getStatus() != RequestStatus.APPROVED) {
            throw new IllegalStateException("Request " + request.getTrackingCode() + " is " + request.getStatus()
                    + ", not approved");
        }
        Optional<Licence> existing = licences.findFirstByRequestIdOrderByIdAsc(request.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Map<String, String> answers = request.getAnswers();
        Instant now = clock.instant();
        LocalDate today = JalaliDate.today(clock).toLocalDate();

        Province province = provinces.findByCode(required(answers, FieldKeys.PROVINCE))
                .orElseThrow(() -> new IllegalStateException("Unknown province " + answers.get(FieldKeys.PROVINCE)));
        County county = counties.findByCode(required(answers, FieldKeys.COUNTY))
                .orElseThrow(() -> new IllegalStateException("Unknown county " + answers.get(FieldKeys.COUNTY)));
        if (!county.getProvince().getId().equals(province.getId())) {
            throw new IllegalStateException("County " + county.getCode() + " is not in province " + province.getCode());
        }

        Mosque mosque = new Mosque(required(answers, FieldKeys.MOSQUE_NAME), province.getId(), county.getId(),
                answers.get(FieldKeys.LOCALITY), "yes".equals(answers.get(FieldKeys.RURAL)), now);
        BigDecimal[] location = location(answers.get(FieldKeys.LOCATION));
        mosque.locate(answers.get(FieldKeys.MOSQUE_ADDRESS), answers.get(FieldKeys.POSTAL_CODE),
                location[0], location[1]);
        mosque = mosques.save(mosque);

        Kanoon kanoon = kanoons.save(new Kanoon(required(answers, FieldKeys.PROPOSED_NAME), mosque.getId(),
                province.getId(), county.getId(), audience(required(answers, FieldKeys.AUDIENCE)),
                request.getApplicantPersonId(), today, now));

        Licence licence = licences.saveAndFlush(new Licence(freshNumber(province.getCode(),
                JalaliDate.from(today).year()), kanoon.getId(), request.getId(), today,
                today.plusYears(validityYears).minusDays(1), now));
        request.concern(kanoon.getId(), mosque.getId());
        // In this transaction: the manager hears of the licence if and only if it is saved.
        notices.issued(licence, kanoon.getName(), request.getApplicantPersonId());
        if (kitWithLicence) {
            // The visual identity kit follows the licence, drawn by the bot when it sends the rows.
            identityNotices.kit(new KanoonIdentity(kanoon.getId(), kanoon.getName(), mosque.getName(),
                    county.getName(), province.getName(), licence.getNumber(),
                    licenceViews.verifyUrl(licence.getNumber())), request.getApplicantPersonId());
        }
        return licence;
    }

    private String freshNumber(String provinceCode, int jalaliYear) {
        for (int i = 0; i < DRAWS; i++) {
            String number = LicenceNumber.generate(provinceCode, jalaliYear);
            if (!licences.existsByNumber(number)) {
                return number;
            }
        }
        throw new IllegalStateException("No free licence number in " + DRAWS + " draws");
    }

    private static String required(Map<String, String> answers, String key) {
        String value = answers.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("An approved establishment has no answer for " + key);
        }
        return value.trim();
    }

    private static KanoonAudience audience(String code) {
        return Arrays.stream(KanoonAudience.values()).filter(a -> Choice.codeOf(a).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown audience " + code));
    }

    private static BigDecimal[] location(String latLon) {
        if (latLon == null || latLon.isBlank()) {
            return new BigDecimal[2];
        }
        String[] parts = latLon.split(",");
        if (parts.length != 2) {
            throw new IllegalStateException("A location is \"lat,lon\", not " + latLon);
        }
        return new BigDecimal[] {new BigDecimal(parts[0].trim()), new BigDecimal(parts[1].trim())};
    }
}
