package ir.kanoonyar.backoffice.licences;

import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licences page: search and filters inside the staff member's region, pages, the PDF of each
 * (reprint), suspend and revoke with a reason, and the .xlsx export of the current filter.
 */
@Controller
class LicencesController {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The reason's limit as Persian digits, for the "too long" answer. */
    private static final String REASON_LIMIT = PersianText.toPersianDigits(Integer.toString(Licence.REASON_LENGTH));

    private final CurrentStaff current;
    private final LicenceList list;
    private final LicenceStops stops;
    private final CountyRepository counties;
    private final ProvinceRepository provinces;
    private final MessageSource messages;

    LicencesController(CurrentStaff current, LicenceList list, LicenceStops stops, CountyRepository counties,
                       ProvinceRepository provinces, MessageSource messages) {
        this.current = current;
        this.list = list;
        this.stops = stops;
        this.counties = counties;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/licences")
    String licences(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                    @RequestParam(required = false) String county, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String expiry, @RequestParam(required = false) String days,
                    @RequestParam(required = false) String page, Model model) {
        StaffScope scope = current.get();
        LicenceQuery query = LicenceQuery.of(q, province, county, status, expiry, days, page);
        model.addAttribute("staff", scope);
        model.addAttribute("query", query);
        model.addAttribute("result", list.page(scope, query));
        model.addAttribute("statuses", LicenceStatus.values());
        model.addAttribute("counties", countiesOf(scope));
        model.addAttribute("provinces", scope.role() == StaffRole.NATIONAL_ADMIN ? provinces.findAll() : List.of());
        model.addAttribute("canStop", scope.role() != StaffRole.COUNTY_STAFF);
        return "licences/list";
    }

    @GetMapping("/licences.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String province,
                                  @RequestParam(required = false) String county,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String expiry,
                                  @RequestParam(required = false) String days) {
        StaffScope scope = current.get();
        LicenceQuery query = LicenceQuery.of(q, province, county, status, expiry, days, null);
        List<String> headings = List.of(text("licences.col.number"), text("licences.col.status"),
                text("licences.col.kanoon"), text("licences.col.mosque"), text("licences.col.manager"),
                text("licences.col.county"), text("licences.col.province"), text("licences.col.issued"),
                text("licences.col.validUntil"), text("licences.col.statusDate"), text("licences.col.reason"));
        byte[] body = LicencesWorkbook.write(list.all(scope, query), new LicencesWorkbook.Labels(
                text("licences.title"), headings, row -> text("licences.status." + row.status())));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("licences.xlsx").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/licences/{id}/suspend")
    String suspend(@PathVariable String id, @Valid @ModelAttribute StopReasonForm form, BindingResult typed,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return stop(id, LicenceStops.Action.SUSPEND, form, typed, request, redirect);
    }

    @PostMapping("/licences/{id}/revoke")
    String revoke(@PathVariable String id, @Valid @ModelAttribute StopReasonForm form, BindingResult typed,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return stop(id, LicenceStops.Action.REVOKE, form, typed, request, redirect);
    }

    @PostMapping("/licences/{id}/lift")
    String lift(@PathVariable String id, @Valid @ModelAttribute StopReasonForm form, BindingResult typed,
                HttpServletRequest request, RedirectAttributes redirect) {
        return stop(id, LicenceStops.Action.LIFT, form, typed, request, redirect);
    }

    private String stop(String id, LicenceStops.Action action, StopReasonForm form, BindingResult typed,
                        HttpServletRequest request, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        try {
            if (typed.hasErrors()) {
                // Who may act on which licence is answered before the reason, as it always was.
                stops.inScope(scope, id);
                redirect.addFlashAttribute("problem", messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
                return "redirect:/licences";
            }
            String number = stops.apply(scope, id, action, form.getReason(), request.getRemoteAddr());
            // Persian digits, isolated left to right so the dashes stay in place inside the Persian sentence.
            String shown = "\u2066" + PersianText.toPersianDigits(number) + "\u2069";
            String done = switch (action) {
                case SUSPEND -> text("licences.stop.done.SUSPEND", shown);
                case REVOKE -> text("licences.stop.done.REVOKE", shown);
                case LIFT -> text("licences.stop.done.LIFT", shown);
            };
            redirect.addFlashAttribute("notice", done);
            redirect.addAttribute("q", number);
        } catch (LicenceStops.Refused refused) {
            redirect.addFlashAttribute("problem", text(refused.refusal.messageKey, REASON_LIMIT));
        }
        return "redirect:/licences";
    }

    private List<County> countiesOf(StaffScope scope) {
        return switch (scope.role()) {
            case COUNTY_STAFF, NATIONAL_ADMIN -> List.of();
            case PROVINCE_STAFF -> counties.findByProvinceIdOrderByCodeAsc(scope.provinceId());
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
