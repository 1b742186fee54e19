package ir.kanoonyar.backoffice.staff;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Account management: the national admin creates provincial accounts, provincial staff create county
 * accounts of their own province, county staff manage nothing. Every account outside the scope is
 * "not found".
 */
@Service
class StaffAdmin {

    static final int MIN_PASSWORD_LENGTH = FirstNationalAdmin.MIN_PASSWORD_LENGTH;
    static final String CREATED = "STAFF_CREATED";
    static final String EDITED = "STAFF_EDITED";
    /** A username: also the new-account form's constraint (NewStaffForm), checked again here for any other caller. */
    static final String USERNAME_RULE = "[A-Za-z0-9._-]{3,50}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_RULE);
    static final int DISPLAY_NAME_LENGTH = 100;

    /** What is wrong in a new account's form, with the key of its Persian message. */
    enum Problem {
        USERNAME("staff.error.username"),
        DISPLAY_NAME("staff.error.displayName"),
        PASSWORD("staff.error.password"),
        PLACE("staff.error.place"),
        COUNTY("staff.edit.error.county"),
        ROLE("staff.edit.error.role"),
        DUPLICATE("staff.error.duplicate");

        final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    /** A new account refused for a {@link Problem} in its form; {@code key} is the message to show. */
    static final class Refused extends RuntimeException {
        final Problem problem;
        final String key;

        Refused(Problem problem) {
            this(problem, problem.key);
        }

        Refused(Problem problem, String key) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.key = key;
        }
    }

    private final StaffAccountRepository accounts;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final AuditEntryRepository audit;
    private final PasswordEncoder passwords;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PasswordPolicy policy;
    private final Clock clock;

    StaffAdmin(StaffAccountRepository accounts, ProvinceRepository provinces, CountyRepository counties,
               AuditEntryRepository audit, PasswordEncoder passwords,
               FindByIndexNameSessionRepository<? extends Session> sessions, PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.sessions = sessions;
        this.provinces = provinces;
        this.counties = counties;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** County staff manage no account: 403. */
    static void requireManager(StaffScope scope) {
        if (scope.role() == StaffRole.COUNTY_STAFF) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static void requireNational(StaffScope scope) {
        if (scope.role() != StaffRole.NATIONAL_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @Transactional(readOnly = true)
    List<StaffRow> list(StaffScope scope) {
        requireManager(scope);
        List<StaffAccount> found = scope.role() == StaffRole.NATIONAL_ADMIN
                ? accounts.findAll(Sort.by("username"))
                : accounts.findByProvinceIdOrderByUsername(scope.provinceId());
        return found.stream().map(a -> new StaffRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(),
                        a.getProvinceId() == null ? "" : provinces.findById(a.getProvinceId()).map(Province::getName).orElse(""),
                        a.getCountyId() == null ? "" : counties.findById(a.getCountyId()).map(County::getName).orElse(""),
                        a.isEnabled(), canToggle(scope, a)))
                .toList();
    }

    /** The provinces (national admin) or counties (province staff) a new account may be for. */
    @Transactional(readOnly = true)
    List<Place> places(StaffScope scope) {
        requireManager(scope);
        if (scope.role() == StaffRole.NATIONAL_ADMIN) {
            return provinces.findAllByOrderByCodeAsc().stream().map(p -> new Place(p.getId(), p.getName())).toList();
        }
        return counties.findByProvinceIdOrderByCodeAsc(scope.provinceId()).stream()
                .sorted(Comparator.comparing(County::getCode))
                .map(c -> new Place(c.getId(), c.getName())).toList();
    }

    /**
     * Creates a provincial account (national admin) or a county account of the creator's province.
     *
     * @param placeId a province id for the national admin, a county id for province staff
     * @throws Refused                 with the message key of what is wrong in the form
     * @throws ResponseStatusException 404 for a place outside the scope, 403 for county staff
     */
    @Transactional
    StaffAccount create(StaffScope scope, String username, String displayName, String password, Long placeId,
                        String remoteAddr) {
        requireManager(scope);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused(Problem.USERNAME);
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty() || shown.length() > DISPLAY_NAME_LENGTH) {
            throw new Refused(Problem.DISPLAY_NAME);
        }
        policy.check(name, password).ifPresent(problem -> {
            throw new Refused(Problem.PASSWORD, problem.key);
        });
        if (placeId == null) {
            throw new Refused(Problem.PLACE);
        }
        String hash = passwords.encode(password);
        StaffAccount account;
        String where;
        if (scope.role() == StaffRole.NATIONAL_ADMIN) {
            Province province = provinces.findById(placeId).orElseThrow(() -> new Refused(Problem.PLACE));
            account = StaffAccount.province(name, hash, shown, province.getId(), scope.username(), clock.instant());
            where = "province " + province.getCode();
        } else {
            County county = counties.findById(placeId)
                    .filter(c -> Objects.equals(c.getProvince().getId(), scope.provinceId()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            account = StaffAccount.county(name, hash, shown, scope.provinceId(), county.getId(), scope.username(),
                    clock.instant());
            where = "county " + county.getCode();
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new Refused(Problem.DUPLICATE);
        }
        StaffAccount saved = accounts.saveAndFlush(account);
        audit.save(new AuditEntry(clock.instant(), scope.username(), CREATED, name,
                saved.getRole() + " " + where, remoteAddr));
        return saved;
    }

    /** Enables or disables an account the staff member manages; any other is "not found". */
    @Transactional
    StaffAccount setEnabled(StaffScope scope, long id, boolean enabled) {
        requireManager(scope);
        StaffAccount account = accounts.findById(id).filter(a -> canToggle(scope, a))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        account.setEnabled(enabled);
        if (!enabled) {
            // A disabled account is out at once, not when its session idles out: its sessions (on
            // every back-office instance, since they live in the database) end now.
            sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
        }
        return account;
    }

    /** An account the staff member manages (not their own, not a national admin's); any other is "not found". */
    @Transactional(readOnly = true)
    StaffAccount manageable(StaffScope scope, long id) {
        requireManager(scope);
        return accounts.findById(id).filter(a -> canToggle(scope, a))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Every province with its counties, for the national admin's choice of a place. */
    @Transactional(readOnly = true)
    List<ProvinceCounties> regions(StaffScope scope) {
        requireNational(scope);
        return provinces.findAllByOrderByCodeAsc().stream()
                .map(p -> new ProvinceCounties(p.getId(), p.getName(), counties.findByProvinceIdOrderByCodeAsc(p.getId())
                        .stream().map(c -> new Place(c.getId(), c.getName())).toList()))
                .toList();
    }

    /**
     * The national admin gives an account a new name, role or place. A new role or place ends the
     * account's sessions, whose scope was read at sign-in.
     *
     * @throws Refused                 PLACE when the county is not in the province or the role is not one an edit gives
     * @throws ResponseStatusException 403 for anyone but the national admin, 404 for an account they do not manage
     */
    @Transactional
    StaffAccount edit(StaffScope scope, long id, StaffEditForm form, String remoteAddr) {
        requireNational(scope);
        StaffAccount account = manageable(scope, id);
        Province province = provinces.findById(form.getProvinceId()).orElseThrow(() -> new Refused(Problem.PLACE));
        Long countyId = null;
        String where = "province " + province.getCode();
        if (form.getRole() == StaffRole.COUNTY_STAFF) {
            County county = Optional.ofNullable(form.getCountyId()).flatMap(counties::findById)
                    .filter(c -> Objects.equals(c.getProvince().getId(), province.getId()))
                    .orElseThrow(() -> new Refused(Problem.COUNTY));
            countyId = county.getId();
            where = "county " + county.getCode();
        } else if (form.getRole() != StaffRole.PROVINCE_STAFF) {
            throw new Refused(Problem.ROLE);
        }
        boolean moved = account.getRole() != form.getRole() || !Objects.equals(account.getProvinceId(), province.getId())
                || !Objects.equals(account.getCountyId(), countyId);
        account.reassign(form.getDisplayName(), form.getRole(), province.getId(), countyId);
        if (moved) {
            sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
        }
        audit.save(new AuditEntry(clock.instant(), scope.username(), EDITED, account.getUsername(),
                form.getRole() + " " + where, remoteAddr));
        return account;
    }

    /** The national admin manages provincial and county accounts; province staff their province's county accounts. */
    private static boolean canToggle(StaffScope scope, StaffAccount account) {
        if (Objects.equals(account.getUsername(), scope.username())) {
            return false;
        }
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> account.getRole() != StaffRole.NATIONAL_ADMIN;
            case PROVINCE_STAFF -> account.getRole() == StaffRole.COUNTY_STAFF
                    && Objects.equals(account.getProvinceId(), scope.provinceId());
            case COUNTY_STAFF -> false;
        };
    }

    record StaffRow(Long id, String username, String displayName, StaffRole role, String province, String county,
                    boolean enabled, boolean manageable) {
    }

    record Place(Long id, String name) {
    }

    record ProvinceCounties(Long id, String name, List<Place> counties) {
    }
}
