package ir.kanoonyar.backoffice.requests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox: its views, sorting, search and pages, saved filters, the .xlsx export of the current view
 * and the bulk approval of manager registrations. Every parameter is looked up in what the inbox knows
 * (a view, a sort key, a type, a step, a county of the scope): anything else is the default, never an
 * error, and nothing widens the staff member's region.
 */
@Controller
public class InboxController {

    /** The most rows an export holds; the sheet says so when the view has more. */
    static final int EXPORT_MAX_ROWS = 10_000;
    /** A search is a code or a name: longer text is cut, which also keeps a saved filter within its column. */
    static final int SEARCH_MAX_LENGTH = 100;
    /** When counts were taken, as staff in Iran read the clock. */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(JalaliDate.TEHRAN);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CurrentStaff staff;
    private final Inbox inbox;
    private final CountyRepository counties;
    private final DigestBanner digests;
    private final SavedFilters savedFilters;
    private final BulkDecisions bulk;
    private final MessageSource messages;

    public InboxController(CurrentStaff staff, Inbox inbox, CountyRepository counties, DigestBanner digests,
                           SavedFilters savedFilters, BulkDecisions bulk, MessageSource messages) {
        this.staff = staff;
        this.inbox = inbox;
        this.counties = counties;
        this.digests = digests;
        this.savedFilters = savedFilters;
        this.bulk = bulk;
        this.messages = messages;
    }

    /** The page has forms: the CSRF token is set in its cookie before the first bytes go out. */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping("/inbox")
    public String inbox(@RequestParam Map<String, String> params, Model model) {
        StaffScope scope = staff.get();
        List<County> myCounties = countiesOf(scope);
        InboxQuery query = query(params, myCounties);
        InboxPage page = inbox.page(scope, query);
        model.addAttribute("staff", scope);
        model.addAttribute("query", query);
        model.addAttribute("views", InboxView.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("columns", InboxSort.values());
        model.addAttribute("steps", Arrays.stream(RequestStatus.values()).filter(s -> s != RequestStatus.DRAFT).toList());
        model.addAttribute("counties", myCounties);
        model.addAttribute("pageSizes", InboxQuery.PAGE_SIZES);
        model.addAttribute("page", page);
        model.addAttribute("countLimitDisplay", number(inbox.countLimit()));
        model.addAttribute("totalDisplay", page.capped() ? text("inbox.moreThan", number(page.total()))
                : PersianText.toPersianDigits(String.valueOf(page.total())));
        model.addAttribute("countedAt", page.countedAt() == null ? null : text("inbox.countedAt",
                PersianText.toPersianDigits(CLOCK_TIME.format(page.countedAt())),
                number(inbox.countsFreshFor().toSeconds())));
        model.addAttribute("links", new InboxLinks(canonical(query), query, page));
        model.addAttribute("canBulk", scope.reviewLevel() != null
                && page.rows().stream().anyMatch(InboxRow::bulkDecidable));
        model.addAttribute("exportMax", PersianText.toPersianDigits(String.format(Locale.ROOT, "%,d", EXPORT_MAX_ROWS)
                .replace(',', '٬')));
        model.addAttribute("saved", scope.accountId() == null ? List.of() : savedFilters.of(scope.accountId()));
        model.addAttribute("digest", digests.latestFor(scope).orElse(null));
        return "requests/inbox";
    }

    @GetMapping("/inbox/export.xlsx")
    public ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        StaffScope scope = staff.get();
        InboxQuery query = query(params, countiesOf(scope));
        // Counted only as far as the sheet goes: past it the caption says «بیش از …».
        long total = inbox.countUpTo(scope, query, EXPORT_MAX_ROWS);
        List<InboxRow> rows = inbox.all(scope, query, EXPORT_MAX_ROWS);
        String caption = text("inbox.export.caption", query.searching() ? text("inbox.view.search")
                : text("inbox.view." + query.view().name()), number(rows.size()),
                total > EXPORT_MAX_ROWS ? text("inbox.moreThan", number(EXPORT_MAX_ROWS)) : number(total))
                + (total > rows.size() ? " " + text("inbox.export.capped", number(EXPORT_MAX_ROWS)) : "");
        List<String> columns = Arrays.stream(InboxSort.values()).map(c -> text("inbox.column." + c.name())).toList();
        byte[] file = InboxWorkbook.write(rows, new InboxWorkbook.Labels(text("inbox.export.sheet"), caption, columns),
                r -> List.of(r.trackingCodeDisplay(), text("type." + r.type()), r.applicantName(), r.place(),
                        r.countyName() == null ? "" : r.countyName(), text("status." + r.status()),
                        r.submittedDisplay(), r.dueDisplay() + (r.dueLeftDisplay().isEmpty() ? "" : " (" + r.dueLeftDisplay() + ")"),
                        r.lastAction() == null ? "" : text("event." + r.lastAction()) + " " + r.lastActionDisplay()));
        return ResponseEntity.ok().contentType(XLSX).contentLength(file.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inbox.xlsx\"")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file);
    }

    @PostMapping("/inbox/bulk-approve")
    public String bulkApprove(@RequestParam(name = "pick", required = false) List<String> picked,
                              @RequestParam(required = false) String comment,
                              @RequestParam(name = "back", required = false) String back,
                              RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        List<BulkDecisions.Pick> picks = BulkDecisions.picks(picked);
        String to = "redirect:/inbox" + safeBack(back, countiesOf(scope));
        if (picks.isEmpty()) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("bulk.noneChosen"));
            return to;
        }
        if (picks.size() > BulkDecisions.MAX) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("bulk.tooMany",
                    number(BulkDecisions.MAX), number(picks.size())));
            return to;
        }
        int length = comment == null ? 0 : comment.strip().codePointCount(0, comment.strip().length());
        if (length > DecisionRules.COMMENT_MAX_LENGTH) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.commentTooLong",
                    number(DecisionRules.COMMENT_MAX_LENGTH), number(length)));
            return to;
        }
        List<BulkDecisions.Outcome> outcomes = bulk.approve(scope, picks, comment);
        List<BulkDecisions.Outcome> done = outcomes.stream().filter(BulkDecisions.Outcome::done).toList();
        List<BulkDecisions.Outcome> refused = outcomes.stream().filter(o -> !o.done()).toList();
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkRefused", refused);
        redirect.addFlashAttribute("bulkSummary", text("bulk.summary", number(done.size()), number(refused.size())));
        return to;
    }

    @PostMapping("/inbox/filters")
    public String saveFilter(@RequestParam Map<String, String> params, @RequestParam(required = false) String name,
                             RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        InboxQuery query = query(params, countiesOf(scope));
        String canonical = canonical(query);
        if (scope.accountId() == null) {
            return "redirect:/inbox?" + canonical;
        }
        Optional<String> refusal = savedFilters.save(scope.accountId(), name, canonical);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, refusal.get());
        } else {
            redirect.addFlashAttribute(RequestsController.NOTICE, text("inbox.saved.done"));
        }
        return "redirect:/inbox?" + canonical;
    }

    @PostMapping("/inbox/filters/{id}/delete")
    public String deleteFilter(@PathVariable long id, RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        if (scope.accountId() != null && savedFilters.delete(scope.accountId(), id)) {
            redirect.addFlashAttribute(RequestsController.NOTICE, text("inbox.saved.deleted"));
        }
        return "redirect:/inbox";
    }

    /** The query the parameters ask for, each looked up among what is allowed; the rest left at its default. */
    static InboxQuery query(Map<String, String> params, List<County> myCounties) {
        InboxView view = InboxView.parse(params.get("view"));
        RequestType type = Arrays.stream(RequestType.values()).filter(t -> t.name().equals(params.get("type")))
                .findFirst().orElse(null);
        RequestStatus step = Arrays.stream(RequestStatus.values())
                .filter(s -> s != RequestStatus.DRAFT && s.name().equals(params.get("step"))).findFirst().orElse(null);
        // A county outside the scope is ignored rather than trusted; the scope condition holds anyway.
        Long county = parseNumber(params.get("county"));
        Long countyId = county != null && myCounties.stream().anyMatch(c -> c.getId().equals(county)) ? county : null;
        InboxSort sort = InboxSort.parse(params.get("sort")).orElse(null);
        boolean descending = sort == null ? false : "desc".equalsIgnoreCase(params.get("dir"));
        Long size = parseNumber(params.get("size"));
        Long pageNumber = parseNumber(params.get("page"));
        String search = params.get("q");
        if (search != null && search.codePointCount(0, search.length()) > SEARCH_MAX_LENGTH) {
            search = search.substring(0, search.offsetByCodePoints(0, SEARCH_MAX_LENGTH));
        }
        return new InboxQuery(view, type, step, countyId, "true".equals(params.get("overdue")),
                "true".equals(params.get("escalated")), search, sort, descending,
                size == null ? InboxQuery.PAGE_SIZE : (int) Math.min(size, 1000),
                pageNumber == null ? 1 : (int) Math.min(pageNumber, Integer.MAX_VALUE),
                InboxQuery.Cursor.parse(params.get("after")).orElse(null));
    }

    /** The query as a query string of only the parameters the inbox knows, encoded; page and cursor left out. */
    static String canonical(InboxQuery query) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("view", query.view().name());
        if (query.type() != null) {
            p.put("type", query.type().name());
        }
        if (query.step() != null) {
            p.put("step", query.step().name());
        }
        if (query.countyId() != null) {
            p.put("county", String.valueOf(query.countyId()));
        }
        if (query.overdue()) {
            p.put("overdue", "true");
        }
        if (query.escalated()) {
            p.put("escalated", "true");
        }
        if (query.searching()) {
            p.put("q", query.search().strip());
        }
        p.put("sort", query.sort().key());
        p.put("dir", query.descending() ? "desc" : "asc");
        p.put("size", String.valueOf(query.pageSize()));
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Back to the list the bulk action was sent from: only the inbox's own canonical query string. */
    private static String safeBack(String back, List<County> myCounties) {
        if (back == null || back.isBlank()) {
            return "";
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : back.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return "?" + canonical(query(params, myCounties));
    }

    private static Long parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(PersianText.normalize(text).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<County> countiesOf(StaffScope scope) {
        return switch (scope.role()) {
            case COUNTY_STAFF, NATIONAL_ADMIN -> List.of();
            case PROVINCE_STAFF -> counties.findByProvinceIdOrderByCodeAsc(scope.provinceId());
        };
    }

    private String number(long n) {
        return PersianText.toPersianDigits(String.format(Locale.ROOT, "%,d", n).replace(',', '٬'));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
