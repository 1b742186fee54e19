package ir.kanoonyar.db.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' directory: every enabled staff account of the country with its place, role,
 * specialties and whether it takes consultations; and each one's own profile. The directory is
 * small (a few staff per county), so it is read whole and filtered here.
 */
@Service
public class ExpertProfiles {

    /** At most this many specialties a staff member. */
    public static final int MAX_TAGS = 10;
    /** At most this many characters a specialty. */
    public static final int MAX_TAG_LENGTH = 50;

    /** Tags are written one a line or separated by commas (Latin or Persian) or semicolons. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\n,،;؛]+");

    private final ExpertProfileRepository profiles;
    private final StaffAccountRepository accounts;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final Clock clock;

    public ExpertProfiles(ExpertProfileRepository profiles, StaffAccountRepository accounts,
                          ProvinceRepository provinces, CountyRepository counties, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.provinces = provinces;
        this.counties = counties;
        this.clock = clock;
    }

    /** The staff member's own profile; an empty one (no tags, not taking consultations) if never saved. */
    @Transactional(readOnly = true)
    public ExpertProfile of(long accountId) {
        return profiles.findById(accountId).orElseGet(() -> new ExpertProfile(accountId));
    }

    /**
     * Saves the staff member's specialties (normalised Persian; repeats, in any spelling, kept once)
     * and their consultation toggle.
     *
     * @return empty when saved, else why not (nothing is written then)
     */
    @Transactional
    public Optional<ProfileProblem> update(long accountId, String specialties, boolean takesConsultations) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : SEPARATORS.split(specialties == null ? "" : specialties)) {
            String tag = PersianText.normalize(raw);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG_LENGTH) {
                return Optional.of(ProfileProblem.TAG_TOO_LONG);
            }
            if (seen.add(PersianText.matchKey(tag))) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            return Optional.of(ProfileProblem.TOO_MANY_TAGS);
        }
        ExpertProfile profile = profiles.findById(accountId).orElseGet(() -> new ExpertProfile(accountId));
        profile.update(tags, takesConsultations, clock.instant());
        profiles.save(profile);
        return Optional.empty();
    }

    /**
     * The directory, filtered: a province (null for all), a specialty (matched in any spelling
     * within a tag; blank for all), and only those who take consultations. Ordered by province, then
     * name; the national admin (no province) last.
     */
    @Transactional(readOnly = true)
    public List<Expert> directory(Long provinceId, String specialty, boolean takingOnly) {
        String wanted = specialty == null || specialty.isBlank() ? null : PersianText.matchKey(specialty);
        return everyone().stream()
                .filter(e -> provinceId == null || provinceId.equals(e.provinceId()))
                .filter(e -> !takingOnly || e.takesConsultations())
                .filter(e -> wanted == null || e.specialties().stream()
                        .anyMatch(t -> PersianText.matchKey(t).contains(wanted)))
                .toList();
    }

    /**
     * Who may be asked about a case of the province: enabled staff of another province who take
     * consultations, never the asker.
     */
    @Transactional(readOnly = true)
    public List<Expert> consultableAbout(Long subjectProvinceId, long askerAccountId) {
        return everyone().stream()
                .filter(e -> isConsultableAbout(e, subjectProvinceId, askerAccountId))
                .toList();
    }

    static boolean isConsultableAbout(Expert expert, Long subjectProvinceId, long askerAccountId) {
        return expert.takesConsultations() && expert.provinceId() != null
                && !expert.provinceId().equals(subjectProvinceId) && expert.accountId() != askerAccountId;
    }

    private List<Expert> everyone() {
        Map<Long, ExpertProfile> byAccount = profiles.findAll().stream()
                .collect(Collectors.toMap(ExpertProfile::getStaffAccountId, Function.identity()));
        Map<Long, String> provinceNames = provinces.findAll().stream()
                .collect(Collectors.toMap(Province::getId, Province::getName));
        Map<Long, String> countyNames = counties.findAll().stream()
                .collect(Collectors.toMap(County::getId, County::getName));
        Comparator<Expert> order = Comparator.comparing((Expert e) -> e.provinceId() == null)
                .thenComparing(Expert::provinceName).thenComparing(Expert::displayName);
        return accounts.findByEnabledTrue().stream()
                .map(a -> expert(a, byAccount.get(a.getId()), provinceNames, countyNames))
                .sorted(order)
                .toList();
    }

    private static Expert expert(StaffAccount account, ExpertProfile profile, Map<Long, String> provinceNames,
                                 Map<Long, String> countyNames) {
        return new Expert(account.getId(), account.getDisplayName(), account.getRole(), account.getProvinceId(),
                account.getProvinceId() == null ? "" : provinceNames.getOrDefault(account.getProvinceId(), ""),
                account.getCountyId() == null ? "" : countyNames.getOrDefault(account.getCountyId(), ""),
                profile == null ? List.of() : profile.specialties(),
                profile != null && profile.isTakesConsultations());
    }
}
