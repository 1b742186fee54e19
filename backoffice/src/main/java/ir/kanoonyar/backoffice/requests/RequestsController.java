package ir.kanoonyar.backoffice.requests;


import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox and the request page; everything within the staff member's scope (decisions: DecisionsController). */
@Controller
public class RequestsController {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";

    private final CurrentStaff staff;
    private final Inbox inbox;
    private final RequestPages pages;
    private final CountyRepository counties;
    private final MessageSource messages;
    private final DigestBanner digests;

    public RequestsController(CurrentStaff staff, Inbox inbox, RequestPages pages,
                              CountyRepository counties, MessageSource messages, DigestBanner digests) {
        this.digests = digests;
        this.staff = staff;
        this.inbox = inbox;
        this.pages = pages;
        this.counties = counties;
        this.messages = messages;
    }

    /**
     * The pages are long and have many forms: load (and set in its cookie) the CSRF token before the
     * first bytes go out, not when a form deep in the page asks for it after the response is committed.
     */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping("/inbox")
    public String inbox(@RequestParam(required = false) String type,
                        @RequestParam(required = false) Long county,
                        @RequestParam(defaultValue = "false") boolean overdue,
                        @RequestParam(defaultValue = "false") boolean escalated,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) String after,
                        Model model) {
        StaffScope scope = staff.get();
        RequestType requestType = Arrays.stream(RequestType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        List<County> myCounties = countiesOf(scope);
        // A county outside the scope is ignored rather than trusted; the scope condition holds anyway.
        Long countyId = county != null && myCounties.stream().anyMatch(c -> c.getId().equals(county)) ? county : null;
        InboxQuery query = new InboxQuery(requestType, countyId, overdue, escalated, q,
                InboxQuery.Cursor.parse(after).orElse(null));
        model.addAttribute("staff", scope);
        model.addAttribute("query", query);
        model.addAttribute("types", RequestType.values());
        model.addAttribute("counties", myCounties);
        model.addAttribute("page", inbox.page(scope, query));
        model.addAttribute("digest", digests.latestFor(scope).orElse(null));
        return "requests/inbox";
    }

    @GetMapping("/requests/{id}")
    public String request(@PathVariable long id, Model model) {
        StaffScope scope = staff.get();
        model.addAttribute("staff", scope);
        model.addAttribute("view", pages.view(scope, id));
        return "requests/request";
    }

    private List<County> countiesOf(StaffScope scope) {
        return switch (scope.role()) {
            case COUNTY_STAFF -> List.of();
            case PROVINCE_STAFF -> counties.findByProvinceIdOrderByCodeAsc(scope.provinceId());
            case NATIONAL_ADMIN -> List.of();
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

}
