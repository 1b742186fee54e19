package ir.kanoonyar.backoffice.audit;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The audit log for the national admin (GET /audit), filtered and paged, and its .xlsx export. */
@Controller
class AuditController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CurrentStaff current;
    private final AuditLog log;
    private final MessageSource messages;

    AuditController(CurrentStaff current, AuditLog log, MessageSource messages) {
        this.current = current;
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String person, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String object, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        StaffScope scope = national();
        AuditFilter filter = AuditFilter.of(person, kind, from, to, object);
        AuditLog.AuditPage found = log.page(filter, page);
        model.addAttribute("staff", scope);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("kinds", log.kinds());
        model.addAttribute("people", log.people());
        String query = filter.query();
        String and = query.isEmpty() ? "" : query + "&";
        model.addAttribute("exportUrl", "/audit.xlsx" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("previousUrl", found.page() > 0 ? "/audit?" + and + "page=" + (found.page() - 1) : null);
        model.addAttribute("nextUrl", found.page() + 1 < found.pages() ? "/audit?" + and + "page=" + (found.page() + 1) : null);
        if (filter.badFrom() || filter.badTo()) {
            model.addAttribute("problem", text("audit.badDate"));
        }
        model.addAttribute("summary", text("audit.summary", digits(found.total()),
                digits(found.pages() == 0 ? 0 : found.page() + 1), digits(found.pages())));
        return "staff/audit";
    }

    @GetMapping("/audit.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String person,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String object) {
        national();
        AuditFilter filter = AuditFilter.of(person, kind, from, to, object);
        byte[] file = AuditWorkbook.write(log.export(filter), new AuditWorkbook.Labels(text("audit.sheet"),
                text("staff.audit.when"), text("staff.audit.actor"), text("staff.audit.action"),
                text("staff.audit.target"), text("staff.audit.detail"), text("staff.audit.address")));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(file.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file);
    }

    private StaffScope national() {
        StaffScope scope = current.get();
        if (scope.role() != StaffRole.NATIONAL_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return scope;
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
