package ir.kanoonyar.backoffice.consultations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.ConsultationOutcome;
import ir.kanoonyar.db.consultation.ConsultationThread;
import ir.kanoonyar.db.consultation.Consultations;
import ir.kanoonyar.db.consultation.Expert;
import ir.kanoonyar.db.consultation.ExpertProfiles;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultations across provinces. From a request's or a ticket's page (within the staff member's scope)
 * «مشورت با کارشناس استان دیگر» asks experts of other provinces (GET/POST /requests/{id}/consult and
 * /tickets/{id}/consult); «مشورت‌ها» lists what the staff member asked and was asked (GET
 * /consultations); a thread (GET /consultations/{id}) and its answers (POST /consultations/{id}/answer)
 * are for the asker and the experts asked only. The experts never reach the case itself: its page stays
 * 404 outside the region. An id that is not a number, unknown or not one's own is 404 too.
 */
@Controller
class ConsultationsController {

    private final CurrentStaff current;
    private final ConsultedCases cases;
    private final Consultations consultations;
    private final ExpertProfiles profiles;
    private final MessageSource messages;

    ConsultationsController(CurrentStaff current, ConsultedCases cases, Consultations consultations,
                            ExpertProfiles profiles, MessageSource messages) {
        this.current = current;
        this.cases = cases;
        this.consultations = consultations;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/{kind:requests|tickets}/{id}/consult")
    String askForm(@PathVariable String kind, @PathVariable String id, Model model) {
        StaffScope scope = current.get();
        return askPage(scope, cases.inScope(scope, kind, id), new AskForm(), model);
    }

    @PostMapping("/{kind:requests|tickets}/{id}/consult")
    String ask(@PathVariable String kind, @PathVariable String id, @Valid @ModelAttribute("form") AskForm form,
               BindingResult typed, Model model, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        ConsultedCase subject = cases.inScope(scope, kind, id);
        long asker = accountOf(scope);
        if (typed.hasErrors()) {
            model.addAttribute("problem", firstError(typed));
            return askPage(scope, subject, form, model);
        }
        ConsultationOutcome outcome = consultations.ask(asker, subject.kind(), subject.id(), subject.provinceId(),
                form.getExperts(), form.getQuestion(), form.getExcerpt());
        if (outcome instanceof ConsultationOutcome.Refused refused) {
            model.addAttribute("problem", text(Refusal.keyOf(refused.problem())));
            return askPage(scope, subject, form, model);
        }
        redirect.addFlashAttribute("notice", text("consultation.ask.done"));
        return "redirect:/consultations/" + ((ConsultationOutcome.Done) outcome).consultationId();
    }

    @GetMapping("/consultations")
    String list(Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("askedBy", scope.accountId() == null ? List.of() : consultations.askedBy(scope.accountId()));
        model.addAttribute("askedOf", scope.accountId() == null ? List.of() : consultations.askedOf(scope.accountId()));
        return "consultations/list";
    }

    @GetMapping("/consultations/{id}")
    String thread(@PathVariable String id, Model model) {
        StaffScope scope = current.get();
        return threadPage(scope, threadOf(scope, id), new AnswerForm(), model);
    }

    @PostMapping("/consultations/{id}/answer")
    String answer(@PathVariable String id, @Valid @ModelAttribute("answer") AnswerForm form, BindingResult typed,
                  Model model, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        // Who may write is answered before what was written: a stranger learns nothing but "not found".
        ConsultationThread thread = threadOf(scope, id);
        if (typed.hasErrors()) {
            model.addAttribute("problem", firstError(typed));
            return threadPage(scope, thread, form, model);
        }
        ConsultationOutcome outcome = consultations.post(scope.accountId(), thread.id(), form.getBody());
        if (outcome instanceof ConsultationOutcome.Refused refused) {
            model.addAttribute("problem", text(Refusal.keyOf(refused.problem())));
            return threadPage(scope, thread, form, model);
        }
        redirect.addFlashAttribute("notice", text("consultation.answer.done"));
        return "redirect:/consultations/" + thread.id();
    }

    private String askPage(StaffScope scope, ConsultedCase subject, AskForm form, Model model) {
        List<Expert> experts = scope.accountId() == null ? List.of()
                : profiles.consultableAbout(subject.provinceId(), scope.accountId());
        model.addAttribute("staff", scope);
        model.addAttribute("subject", subject);
        model.addAttribute("experts", experts);
        model.addAttribute("form", form);
        model.addAttribute("maxExperts", PersianText.toPersianDigits(String.valueOf(Consultations.MAX_EXPERTS)));
        return "consultations/ask";
    }

    private String threadPage(StaffScope scope, ConsultationThread thread, AnswerForm form, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("thread", thread);
        model.addAttribute("isAsker", thread.consultation().getAskerAccountId() == scope.accountId());
        model.addAttribute("subjectPath", ConsultedCase.pathOf(thread.consultation().getSubjectKind(),
                thread.consultation().getSubjectId()));
        model.addAttribute("answer", form);
        return "consultations/thread";
    }

    private ConsultationThread threadOf(StaffScope scope, String id) {
        long account = accountOf(scope);
        return consultations.thread(account, idOf(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static long accountOf(StaffScope scope) {
        if (scope.accountId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return scope.accountId();
    }

    /** A path id: digits (Persian or ASCII) only; anything else is "not found". */
    static long idOf(String id) {
        String digits = id == null ? "" : PersianText.normalize(id);
        return Optional.of(digits).filter(d -> d.matches("\\d{1,18}")).map(Long::parseLong)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String firstError(BindingResult typed) {
        ObjectError error = typed.getAllErrors().get(0);
        return messages.getMessage(error, Locale.ROOT);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
