package ir.kanoonyar.backoffice.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for the national admin in words: who (by name, linked to their account), did
 * what (named in Persian from the bundle, never an HTTP method, an address or an exception's class),
 * to which object (a request by its tracking code, an account by its user name, linked), with what
 * outcome.
 */
@Service
class AuditLog {

    static final int PAGE_SIZE = 50;
    /** The most rows one export holds; the page says to narrow the filters beyond it. */
    static final int EXPORT_MAX = 10_000;

    private static final Pattern REQUEST = Pattern.compile("^/requests/(\\d+)(/.*)?$");
    private static final Pattern STAFF = Pattern.compile("^/staff/(\\d+)(/.*)?$");
    private static final Pattern BROADCAST = Pattern.compile("^/broadcasts/(\\d+)(/.*)?$");
    private static final Pattern COURSE = Pattern.compile("^/training/(\\d+)(/.*)?$");
    private static final Pattern KANOON_MEMBERS = Pattern.compile("^/kanoons/(\\d+)/members$");
    private static final Pattern STATUS = Pattern.compile("^status (\\d{3})$");
    private static final Pattern PLACE = Pattern.compile("^([A-Z_]+) (province|county) (\\S+)$");
    /** Named events whose target is the user name of the account acted on. */
    private static final Set<String> ON_ACCOUNT = Set.of("STAFF_CREATED", "STAFF_EDITED", "PASSWORD_LINK_SENT",
            "PASSWORD_SET_BY_LINK", "PASSWORD_CHANGED");

    private final AuditEntryRepository entries;
    private final StaffAccountRepository accounts;
    private final RequestRepository requests;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final MessageSource messages;

    AuditLog(AuditEntryRepository entries, StaffAccountRepository accounts, RequestRepository requests,
             ProvinceRepository provinces, CountyRepository counties, MessageSource messages) {
        this.entries = entries;
        this.accounts = accounts;
        this.requests = requests;
        this.provinces = provinces;
        this.counties = counties;
        this.messages = messages;
    }

    record AuditPage(List<AuditRow> rows, long total, int page, int pages) {
    }

    @Transactional(readOnly = true)
    AuditPage page(AuditFilter filter, int page) {
        int wanted = Math.max(page, 0);
        Page<AuditEntry> found = entries.findAll(filter.specification(),
                PageRequest.of(wanted, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        return new AuditPage(rows(found.getContent()), found.getTotalElements(), wanted, found.getTotalPages());
    }

    @Transactional(readOnly = true)
    List<AuditRow> export(AuditFilter filter) {
        return rows(entries.findAll(filter.specification(),
                PageRequest.of(0, EXPORT_MAX, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent());
    }

    private List<AuditRow> rows(List<AuditEntry> found) {
        Set<String> usernames = new HashSet<>();
        Set<Long> requestIds = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        for (AuditEntry e : found) {
            usernames.add(e.getActor());
            if (ON_ACCOUNT.contains(e.getAction()) && e.getTarget() != null) {
                usernames.add(e.getTarget());
            }
            idIn(REQUEST, e.getTarget()).ifPresent(requestIds::add);
            idIn(STAFF, e.getTarget()).ifPresent(accountIds::add);
        }
        Map<String, StaffAccount> byName = new HashMap<>();
        accounts.findByUsernameIn(usernames).forEach(a -> byName.put(a.getUsername(), a));
        Map<Long, StaffAccount> byId = new HashMap<>();
        accounts.findAllById(accountIds).forEach(a -> byId.put(a.getId(), a));
        Map<Long, String> codes = new HashMap<>();
        requests.findAllById(requestIds).forEach(r -> codes.put(r.getId(), code(r)));
        return found.stream().map(e -> row(e, byName, byId, codes)).toList();
    }

    private AuditRow row(AuditEntry e, Map<String, StaffAccount> byName, Map<Long, StaffAccount> byId,
                         Map<Long, String> codes) {
        String kind = AuditKinds.of(e.getAction(), e.getTarget());
        StaffAccount actor = byName.get(e.getActor());
        String person = actor == null ? nullToEmpty(e.getActor()) : name(actor);
        String personLink = actor == null || actor.getRole() == StaffRole.NATIONAL_ADMIN ? null : "/staff/" + actor.getId();
        String object = "";
        String objectLink = null;
        String objectCode = null;
        String target = e.getTarget();
        if (ON_ACCOUNT.contains(e.getAction()) && target != null) {
            StaffAccount on = byName.get(target);
            object = text("audit.object.account", on == null ? target : name(on));
            objectLink = on == null || on.getRole() == StaffRole.NATIONAL_ADMIN ? null : "/staff/" + on.getId();
        } else if (target != null) {
            Optional<Long> request = idIn(REQUEST, target);
            Optional<Long> account = idIn(STAFF, target);
            Optional<Long> broadcast = idIn(BROADCAST, target);
            Optional<Long> course = idIn(COURSE, target);
            if (request.isPresent()) {
                object = text("audit.object.request", codes.getOrDefault(request.get(), digits(request.get())));
                objectLink = codes.containsKey(request.get()) ? "/requests/" + request.get() : null;
                objectCode = codes.get(request.get());
            } else if (account.isPresent()) {
                StaffAccount on = byId.get(account.get());
                object = text("audit.object.account", on == null ? digits(account.get()) : name(on));
                objectLink = on == null ? null : "/staff/" + on.getId();
            } else if (broadcast.isPresent()) {
                object = text("audit.object.broadcast", digits(broadcast.get()));
                objectLink = "/broadcasts/" + broadcast.get();
            } else if (course.isPresent()) {
                object = text("audit.object.course", digits(course.get()));
                objectLink = "/training/" + course.get();
            } else if (target.startsWith("/guidelines")) {
                object = text("audit.object.guidelines");
                objectLink = target.startsWith("/guidelines/routes") ? "/guidelines/routes" : "/guidelines";
            } else if (target.startsWith("/account/password")) {
                object = text("audit.object.ownPassword");
            } else if (idIn(KANOON_MEMBERS, target).isPresent()) {
                object = text("audit.object.kanoonMembers", digits(idIn(KANOON_MEMBERS, target).get()));
                objectLink = target;
            }
        }
        return new AuditRow(e.getId(), when(e), person, personLink, kind, kindName(kind), object, objectLink,
                outcome(e), nullToEmpty(e.getRemoteAddr()), objectCode);
    }

    /** The Persian name of a kind; a posted action of a page added later reads «ثبت فرم» rather than its address. */
    String kindName(String kind) {
        String name = messages.getMessage("audit.kind." + kind, null, null, Locale.ROOT);
        if (name != null) {
            return name;
        }
        if (AuditKinds.method(kind) != null) {
            return text("audit.kind.otherForm");
        }
        return text("audit.kind.other");
    }

    private String outcome(AuditEntry e) {
        String detail = e.getDetail();
        if ("LOGIN_FAILED".equals(e.getAction())) {
            if ("/account/password".equals(e.getTarget())) {
                return text("audit.outcome.wrongCurrentPassword");
            }
            return text("audit.outcome.wrongPassword");
        }
        if (detail == null) {
            return "";
        }
        Matcher status = STATUS.matcher(detail);
        if (status.matches()) {
            int code = Integer.parseInt(status.group(1));
            if (code == 302 || code == 303) {
                return text("audit.outcome.done");
            }
            if (code == 200) {
                return text("audit.outcome.formAgain");
            }
            if (code == 403 || code == 404) {
                return text("audit.outcome.notAllowed");
            }
            if (code == 413) {
                return text("audit.outcome.tooLarge");
            }
            if (code >= 500) {
                return text("audit.outcome.failed");
            }
            return text("audit.outcome.refused");
        }
        if (detail.startsWith("failed:")) {
            return text("audit.outcome.failed");
        }
        Matcher place = PLACE.matcher(detail);
        if (place.matches()) {
            String role = messages.getMessage("role." + place.group(1), null, place.group(1), Locale.ROOT);
            String where = "province".equals(place.group(2))
                    ? provinces.findByCode(place.group(3)).map(Province::getName).orElse(place.group(3))
                    : counties.findByCode(place.group(3)).map(County::getName).orElse(place.group(3));
            return text("audit.outcome.place", role, where);
        }
        // Anything else written by the app's own code, shown as is but in Persian digits.
        return PersianText.toPersianDigits(detail);
    }

    private static Optional<Long> idIn(Pattern pattern, String target) {
        if (target == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(target);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    private static String name(StaffAccount account) {
        return account.getDisplayName() == null || account.getDisplayName().isBlank() ? account.getUsername()
                : account.getDisplayName();
    }

    private static String code(Request r) {
        String code = r.getTrackingCode();
        return PersianText.toPersianDigits(TrackingCode.isValid(code) ? TrackingCode.display(code) : code);
    }

    private static String when(AuditEntry e) {
        return e.getOccurredAt() == null ? "" : JalaliDate.tehranDayAndTime(e.getOccurredAt());
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

    /** The kinds of the filter with their Persian names. */
    List<Map.Entry<String, String>> kinds() {
        return AuditKinds.KNOWN.stream().map(k -> Map.entry(k, kindName(k))).toList();
    }

    /** Everyone who appears in the log as a staff account, for the person filter. */
    @Transactional(readOnly = true)
    List<StaffAccount> people() {
        return accounts.findAll(Sort.by("username"));
    }

}
