package ir.kanoonyar.backoffice.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.SandboxedFile;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketStaff;
import ir.kanoonyar.db.ticket.TicketWork;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «پرسش‌های پرتکرار»: the knowledge base the bot answers from, for national and province staff: the
 * answers with how often each was offered and read, the questions that found nothing, and writing,
 * changing and removing answers (the national admin the national ones, province staff their province's),
 * each with an optional file (a PDF or a picture, by its bytes) the bot sends with the answer.
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
        model.addAttribute("maxFileBytes", knowledge.maxFileBytes());
        return "knowledge/edit";
    }

    @PostMapping("/knowledge")
    String save(@Valid @ModelAttribute KnowledgeForm knowledgeForm, BindingResult typed, Model model,
                RedirectAttributes redirect) {
        StaffScope scope = allowed();
        if (typed.hasFieldErrors("title") || typed.hasFieldErrors("body") || typed.hasFieldErrors("tags")) {
            model.addAttribute("staff", scope);
            model.addAttribute("maxFileBytes", knowledge.maxFileBytes());
            return "knowledge/edit";
        }
        try {
            knowledge.write(staffOf(scope), knowledgeForm.getTitle(), knowledgeForm.getBody(), knowledgeForm.getTags(),
                    upload(typed, knowledgeForm));
        } catch (KnowledgeBase.Refused refused) {
            model.addAttribute("staff", scope);
            model.addAttribute("maxFileBytes", knowledge.maxFileBytes());
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
        view(model, scope, answer);
        model.addAttribute("knowledgeForm", form);
        return "knowledge/edit";
    }

    @PostMapping("/knowledge/{id}")
    String change(@PathVariable String id, @Valid @ModelAttribute KnowledgeForm knowledgeForm, BindingResult typed,
                  Model model, RedirectAttributes redirect) {
        StaffScope scope = allowed();
        KbAnswer answer = editable(scope, id);
        if (typed.hasFieldErrors("title") || typed.hasFieldErrors("body") || typed.hasFieldErrors("tags")) {
            view(model, scope, answer);
            return "knowledge/edit";
        }
        try {
            knowledge.change(staffOf(scope), id, knowledgeForm.getTitle(), knowledgeForm.getBody(),
                    knowledgeForm.getTags(), upload(typed, knowledgeForm), knowledgeForm.isRemoveFile());
        } catch (KnowledgeBase.Refused refused) {
            view(model, scope, answer);
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

    /**
     * An answer's file, as a download (never shown inline: a picture too is saved, so nothing of it runs
     * in the back-office's origin); an answer the staff member does not see, or one without a file, is a 404.
     */
    @GetMapping("/knowledge/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        StaffScope scope = allowed();
        KnowledgeBase.File file;
        try {
            file = knowledge.file(staffOf(scope), id);
        } catch (KnowledgeBase.Refused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return SandboxedFile.of(MediaType.parseMediaType(file.attachment().getContentType()),
                ContentDisposition.attachment().filename(file.attachment().getFileName(), StandardCharsets.UTF_8)
                        .build().toString(),
                file.bytes());
    }

    private void view(Model model, StaffScope scope, KbAnswer answer) {
        model.addAttribute("staff", scope);
        model.addAttribute("answer", answer);
        model.addAttribute("answerFile", knowledge.attachmentOf(answer).orElse(null));
        model.addAttribute("maxFileBytes", knowledge.maxFileBytes());
    }

    /**
     * The uploaded file, or null when none was chosen. A chosen file of no bytes is passed on (and refused
     * as empty); a "file" field that is not a file (a hand-made post) is no file.
     */
    private static KnowledgeBase.Upload upload(BindingResult typed, KnowledgeForm form) {
        MultipartFile file = typed.hasFieldErrors("file") ? null : form.getFile();
        if (file == null) {
            return null;
        }
        String name = file.getOriginalFilename();
        if (file.isEmpty() && (name == null || name.isBlank())) {
            return null;
        }
        try {
            return new KnowledgeBase.Upload(file.getBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
