package ir.kanoonyar.backoffice.requests;


import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.ApprovalBlockedException;
import ir.kanoonyar.db.request.IllegalTransitionException;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The request page and the decisions on it; everything within the staff member's scope (the inbox: InboxController). */
@Controller
public class RequestsController {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";
    /** The longest decision comment: the width of timeline_event.comment and request.last_staff_comment. */
    static final int COMMENT_MAX_LENGTH = 2000;

    private final CurrentStaff staff;
    private final RequestPages pages;
    private final Decisions decisions;
    private final MessageSource messages;

    public RequestsController(CurrentStaff staff, RequestPages pages, Decisions decisions, MessageSource messages) {
        this.staff = staff;
        this.pages = pages;
        this.decisions = decisions;
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

    @GetMapping("/requests/{id}")
    public String request(@PathVariable long id, Model model) {
        StaffScope scope = staff.get();
        model.addAttribute("staff", scope);
        model.addAttribute("view", pages.view(scope, id));
        return "requests/request";
    }

    @PostMapping("/requests/{id}/approve")
    public String approve(@PathVariable long id, @RequestParam long version,
                          @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        return decide(id, version, Decision.APPROVE, comment, List.of(), model, redirect);
    }

    @PostMapping("/requests/{id}/reject")
    public String reject(@PathVariable long id, @RequestParam long version,
                         @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        return decide(id, version, Decision.REJECT, comment, List.of(), model, redirect);
    }

    @PostMapping("/requests/{id}/return")
    public String returnToApplicant(@PathVariable long id, @RequestParam long version,
                                    @RequestParam(required = false) String comment,
                                    @RequestParam(name = "fields", required = false) List<String> fields,
                                    Model model, RedirectAttributes redirect) {
        return decide(id, version, Decision.RETURN, comment, fields == null ? List.of() : fields, model, redirect);
    }

    private String decide(long id, long version, Decision decision, String comment, List<String> fields,
                          Model model, RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        String refusal = null;
        int length = comment == null ? 0 : comment.strip().codePointCount(0, comment.strip().length());
        if (decision.needsComment() && length == 0) {
            refusal = text("decision.commentRequired");
        } else if (length > COMMENT_MAX_LENGTH) {
            // Refused here, with the limit, rather than failing on the write of the signed timeline entry.
            refusal = text("decision.commentTooLong", PersianText.toPersianDigits(String.valueOf(COMMENT_MAX_LENGTH)),
                    PersianText.toPersianDigits(String.valueOf(length)));
        }
        if (refusal != null) {
            // Out of scope is 404 before anything is said about the form.
            model.addAttribute("view", pages.view(scope, id));
            model.addAttribute("staff", scope);
            model.addAttribute("decisionError", refusal);
            model.addAttribute("failedDecision", decision.name());
            model.addAttribute("typedComment", comment);
            model.addAttribute("typedFields", fields);
            return "requests/request";
        }
        try {
            decisions.decide(scope, id, version, decision, comment, fields);
        } catch (StaleDecisionException | ObjectOptimisticLockingFailureException | IllegalTransitionException e) {
            redirect.addFlashAttribute(PROBLEM, text("decision.conflict"));
            return "redirect:/requests/" + id;
        } catch (ApprovalBlockedException e) {
            List<String> missing = new java.util.ArrayList<>();
            e.getMissingConsents().forEach(r -> missing.add(text("consentRole." + r.name())));
            e.getMissingInquiries().forEach(t -> missing.add(text("inquiryType." + t.name())));
            redirect.addFlashAttribute(PROBLEM, text("decision.blocked", String.join("، ", missing)));
            return "redirect:/requests/" + id;
        } catch (NotYourStepException e) {
            redirect.addFlashAttribute(PROBLEM, text("decision.notYourStep"));
            return "redirect:/requests/" + id;
        }
        redirect.addFlashAttribute(NOTICE, text("decision.done." + decision.name()));
        return "redirect:/inbox";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

}
