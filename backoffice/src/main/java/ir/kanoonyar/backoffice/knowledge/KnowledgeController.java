package ir.kanoonyar.backoffice.knowledge;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketStaff;
import ir.kanoonyar.db.ticket.TicketWork;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «پرسش‌های پرتکرار»: the knowledge base the bot answers from, for national and province staff: the
 * answers with how often each was offered and read, the questions that found nothing, and writing,
 * changing and removing answers (the national admin the national ones, province staff their province's).
 * County staff get a 404; another province's answer is a 404 too.
 */
@Controller
class KnowledgeController {

    /** A question that found nothing, with when it was asked (Jalali, Tehran time). */
    record Miss(String question, String at) {
    }

    private final CurrentStaff current;
    private final KnowledgeBase knowledge;
    private final TicketWork work;
    private final MessageSource messages;

    KnowledgeController(CurrentStaff current, KnowledgeBase knowledge, TicketWork work, MessageSource messages) {
        this.current = current;
        this.knowledge = knowledge;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping("/knowledge")
    String list(Model model) {
        StaffScope scope = allowed();
        TicketStaff staff = staffOf(scope);
        model.addAttribute("staff", scope);
        model.addAttribute("answers", knowledge.visibleTo(staff));
        model.addAttribute("misses", knowledge.misses(staff).stream()
                .map(m -> new Miss(m.getQuestion(), JalaliDate.tehranDayAndTime(m.getCreatedAt()))).toList());
        return "knowledge/list";
    }

    /**
     * A new answer; from a ticket («ذخیره در پرسش‌های پرتکرار») it comes filled with the ticket's question as
     * the title and the staff answer as the body, if the ticket is in the staff member's region.
     */
    @GetMapping("/knowledge/new")
    String create(@RequestParam(required = false) String ticket, @RequestParam(required = false) String message,
                  Model model) {
        StaffScope scope = allowed();
        model.addAttribute("staff", scope);
        KnowledgeForm form = new KnowledgeForm();
        if (ticket != null && message != null) {
            try {
                TicketStaff staff = staffOf(scope);
                form.setTitle(work.inScope(staff, ticket).getSubject());
                work.thread(staff, ticket).stream()
                        .filter(m -> m.isByStaff() && !m.isInternalNote() && m.getId().toString().equals(message))
                        .findFirst().ifPresent(m -> form.setBody(m.getBody()));
            } catch (TicketRefused refused) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        model.addAttribute("knowledgeForm", form);
        return "knowledge/edit";
    }

    @PostMapping("/knowledge")
    String save(@Valid @ModelAttribute KnowledgeForm knowledgeForm, BindingResult typed, Model model,
                RedirectAttributes redirect) {
        StaffScope scope = allowed();
        if (typed.hasErrors()) {
            model.addAttribute("staff", scope);
            return "knowledge/edit";
        }
        try {
            knowledge.write(staffOf(scope), knowledgeForm.getTitle(), knowledgeForm.getBody(), knowledgeForm.getTags());
        } catch (KnowledgeBase.Refused refused) {
            model.addAttribute("staff", scope);
            model.addAttribute("problem", text("knowledge.refused." + refused.refusal().name()));
            return "knowledge/edit";
        }
        redirect.addFlashAttribute("notice", text("knowledge.saved"));
        return "redirect:/knowledge";
    }

    @GetMapping("/knowledge/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        StaffScope scope = allowed();
        KbAnswer answer = editable(scope, id);
        KnowledgeForm form = new KnowledgeForm();
        form.setTitle(answer.getTitle());
        form.setBody(answer.getBody());
        form.setTags(answer.getTags());
        model.addAttribute("staff", scope);
        model.addAttribute("answer", answer);
        model.addAttribute("knowledgeForm", form);
        return "knowledge/edit";
    }

    @PostMapping("/knowledge/{id}")
    String change(@PathVariable String id, @Valid @ModelAttribute KnowledgeForm knowledgeForm, BindingResult typed,
                  Model model, RedirectAttributes redirect) {
        StaffScope scope = allowed();
        KbAnswer answer = editable(scope, id);
        if (typed.hasErrors()) {
            model.addAttribute("staff", scope);
            model.addAttribute("answer", answer);
            return "knowledge/edit";
        }
        try {
            knowledge.change(staffOf(scope), id, knowledgeForm.getTitle(), knowledgeForm.getBody(),
                    knowledgeForm.getTags());
        } catch (KnowledgeBase.Refused refused) {
            model.addAttribute("staff", scope);
            model.addAttribute("answer", answer);
            model.addAttribute("problem", text("knowledge.refused." + refused.refusal().name()));
            return "knowledge/edit";
        }
        redirect.addFlashAttribute("notice", text("knowledge.saved"));
        return "redirect:/knowledge";
    }

    @PostMapping("/knowledge/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        StaffScope scope = allowed();
        editable(scope, id);
        knowledge.delete(staffOf(scope), id);
        redirect.addFlashAttribute("notice", text("knowledge.deleted"));
        return "redirect:/knowledge";
    }

    private KbAnswer editable(StaffScope scope, String id) {
        try {
            return knowledge.editable(staffOf(scope), id);
        } catch (KnowledgeBase.Refused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** National and province staff only; county staff are told "not found", as for a page that is not theirs. */
    private StaffScope allowed() {
        StaffScope scope = current.get();
        if (!KnowledgeBase.mayWrite(staffOf(scope))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return scope;
    }

    private static TicketStaff staffOf(StaffScope scope) {
        return new TicketStaff(scope.accountId(), scope.displayName(), scope.role(), scope.provinceId(),
                scope.countyId());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
