package ir.kanoonyar.backoffice.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.Consultations;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.request.ApprovalBlockedException;
import ir.kanoonyar.db.request.IllegalTransitionException;
import ir.kanoonyar.db.request.Request;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's decision in two steps: the request page's buttons lead to a confirmation page that
 * says what will happen (no JavaScript needed), whose button posts the decision itself. A decision
 * posted without the confirmation is checked exactly the same way.
 */
@Controller
public class DecisionsController {

    private final CurrentStaff staff;
    private final RequestPages pages;
    private final Decisions decisions;
    private final DecisionRules rules;
    private final DecisionOutcomes outcomes;
    private final Forms forms;
    private final FormMessages formMessages;
    private final MessageSource messages;
    private final Consultations consultations;

    public DecisionsController(CurrentStaff staff, RequestPages pages, Decisions decisions, DecisionRules rules,
                               DecisionOutcomes outcomes, Forms forms, FormMessages formMessages,
                               MessageSource messages, Consultations consultations) {
        this.consultations = consultations;
        this.staff = staff;
        this.pages = pages;
        this.decisions = decisions;
        this.rules = rules;
        this.outcomes = outcomes;
        this.forms = forms;
        this.formMessages = formMessages;
        this.messages = messages;
    }

    /** The confirmation page, like the request page, sends its CSRF cookie before its bytes. */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @PostMapping("/requests/{id}/confirm")
    public String confirm(@PathVariable long id, @RequestParam String decision,
                          @Valid @ModelAttribute DecisionForm form, BindingResult typed,
                          Model model, RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        Request request = pages.inScope(scope, id);
        Decision chosen = Decision.parse(decision);
        if (typed.hasErrors()) {
            return unreadable(id, typed, redirect);
        }
        long version = form.getVersion();
        String comment = form.getComment();
        List<String> fields = form.getFields();
        List<String> named = chosen == Decision.RETURN ? known(request, fields) : List.of();
        var refusal = rules.refusal(chosen, comment, named);
        if (refusal.isPresent()) {
            return refused(scope, id, chosen, comment, fields, refusal.get(), model);
        }
        if (scope.reviewLevel() == null) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.notYourStep"));
            return "redirect:/requests/" + id;
        }
        if (request.getVersion() != version) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.conflict"));
            return "redirect:/requests/" + id;
        }
        // Nothing to confirm on a request that does not wait at this staff member's step.
        if (request.getStatus() != scope.inboxStatus()) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.notYourStep"));
            return "redirect:/requests/" + id;
        }
        List<String> labels = named.stream().map(formMessages::label).toList();
        model.addAttribute("staff", scope);
        model.addAttribute("view", pages.view(scope, id));
        model.addAttribute("decision", chosen.name());
        model.addAttribute("action", chosen.path());
        model.addAttribute("version", version);
        model.addAttribute("comment", comment == null ? "" : comment.strip());
        model.addAttribute("fields", named);
        model.addAttribute("fieldLabels", labels);
        model.addAttribute("outcomes", outcomes.of(request, scope.reviewLevel(), chosen, labels));
        return "requests/confirm";
    }

    @PostMapping("/requests/{id}/approve")
    public String approve(@PathVariable long id, @Valid @ModelAttribute DecisionForm form, BindingResult typed,
                          Model model, RedirectAttributes redirect) {
        return decide(id, Decision.APPROVE, form, typed, model, redirect);
    }

    @PostMapping("/requests/{id}/reject")
    public String reject(@PathVariable long id, @Valid @ModelAttribute DecisionForm form, BindingResult typed,
                         Model model, RedirectAttributes redirect) {
        return decide(id, Decision.REJECT, form, typed, model, redirect);
    }

    @PostMapping("/requests/{id}/return")
    public String returnToApplicant(@PathVariable long id, @Valid @ModelAttribute DecisionForm form,
                                    BindingResult typed, Model model, RedirectAttributes redirect) {
        return decide(id, Decision.RETURN, form, typed, model, redirect);
    }

    private String decide(long id, Decision decision, DecisionForm form, BindingResult typed,
                          Model model, RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        // Out of scope is 404 before anything is said about the form.
        Request request = pages.inScope(scope, id);
        if (typed.hasErrors()) {
            return unreadable(id, typed, redirect);
        }
        long version = form.getVersion();
        String comment = form.getComment();
        // Only a return names fields; an approval or a rejection ignores any posted with it.
        List<String> fields = decision == Decision.RETURN ? form.getFields() : List.of();
        List<String> named = decision == Decision.RETURN ? known(request, fields) : List.of();
        var refusal = rules.refusal(decision, comment, named);
        if (refusal.isPresent()) {
            return refused(scope, id, decision, comment, fields, refusal.get(), model);
        }
        try {
            decisions.decide(scope, id, version, decision, comment, named);
        } catch (StaleDecisionException | ObjectOptimisticLockingFailureException | IllegalTransitionException e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.conflict"));
            return "redirect:/requests/" + id;
        } catch (ApprovalBlockedException e) {
            List<String> missing = new ArrayList<>();
            e.getMissingConsents().forEach(r -> missing.add(text("consentRole." + r.name())));
            e.getMissingInquiries().forEach(t -> missing.add(text("inquiryType." + t.name())));
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.blocked", String.join("، ", missing)));
            return "redirect:/requests/" + id;
        } catch (NotYourStepException e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text("decision.notYourStep"));
            return "redirect:/requests/" + id;
        }
        redirect.addFlashAttribute(RequestsController.NOTICE, text("decision.done." + decision.name()));
        return "redirect:/inbox";
    }

    /**
     * A form without a readable version was not posted from the request page as it is now (a stale
     * or hand-made post): said as the page's problem, nothing decided.
     */
    private String unreadable(long id, BindingResult typed, RedirectAttributes redirect) {
        redirect.addFlashAttribute(RequestsController.PROBLEM, messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
        return "redirect:/requests/" + id;
    }

    /** The request page again, with the refusal above the decision forms and what was typed kept. */
    private String refused(StaffScope scope, long id, Decision decision, String comment, List<String> fields,
                           String refusal, Model model) {
        model.addAttribute("view", pages.view(scope, id));
        model.addAttribute("staff", scope);
        model.addAttribute("decisionError", refusal);
        model.addAttribute("consultations", consultations.about(SubjectKind.REQUEST, id));
        model.addAttribute("failedDecision", decision.name());
        model.addAttribute("typedComment", comment);
        model.addAttribute("typedFields", fields == null ? List.of() : fields);
        return "requests/request";
    }

    /** The named fields that are fields of the request's form, each once; anything else is dropped. */
    private List<String> known(Request request, List<String> fields) {
        List<String> keys = forms.of(request.getType()).fields().stream().map(FieldDefinition::key).toList();
        return fields == null ? List.of() : fields.stream().filter(keys::contains).distinct().toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
