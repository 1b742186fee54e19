package ir.kanoonyar.backoffice.requests;

import java.time.Clock;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.deputy.DeputySuccession;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * County staff take the offer on a resignation or retirement: the kanoon's deputy filed as its new
 * manager in one step ({@link DeputySuccession}). Outside the staff member's region: 404; province
 * staff and the national admin only see the offer; the request, the deputy's notice and the audit
 * entry are saved together.
 */
@Controller
class SuccessionController {

    private final CurrentStaff staff;
    private final RequestPages pages;
    private final DeputySuccession succession;
    private final AuditEntryRepository audit;
    private final MessageSource messages;
    private final Clock clock;

    SuccessionController(CurrentStaff staff, RequestPages pages, DeputySuccession succession,
                         AuditEntryRepository audit, MessageSource messages, Clock clock) {
        this.staff = staff;
        this.pages = pages;
        this.succession = succession;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/requests/{id}/succession")
    @Transactional
    public String propose(@PathVariable long id, HttpServletRequest http, RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        Request departure = pages.inScope(scope, id);
        if (scope.role() != StaffRole.COUNTY_STAFF) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("succession.countyOnly"));
            return "redirect:/requests/" + id;
        }
        DeputySuccession.Outcome outcome = succession.propose(departure);
        if (outcome instanceof DeputySuccession.Outcome.Refused refused) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, switch (refused.refusal()) {
                case NO_OFFER -> text("succession.refused.NO_OFFER");
                case ALREADY_PROPOSED -> text("succession.refused.ALREADY_PROPOSED");
            });
            return "redirect:/requests/" + id;
        }
        Request proposed = ((DeputySuccession.Outcome.Proposed) outcome).request();
        audit.save(new AuditEntry(clock.instant(), scope.username(), "DEPUTY_SUCCESSION_PROPOSED",
                departure.getTrackingCode(), proposed.getTrackingCode(), http.getRemoteAddr()));
        redirect.addFlashAttribute(RequestsController.NOTICE, text("succession.done",
                "\u2066" + PersianText.toPersianDigits(proposed.getTrackingCode()) + "\u2069"));
        return "redirect:/requests/" + proposed.getId();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
