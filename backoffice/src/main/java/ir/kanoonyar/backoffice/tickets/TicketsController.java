package ir.kanoonyar.backoffice.tickets;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.Consultations;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketRefused;
import ir.kanoonyar.db.ticket.TicketState;
import ir.kanoonyar.db.ticket.TicketWork;
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
 * «تیکت‌ها»: the staff queue and a ticket's page with its thread, the answer (sent to the chat through
 * the outbox), internal notes, take, pass to the province or a colleague, resolve, and the consultations
 * about it (asked in consultations/ConsultationsController). The ticket is checked
 * against the staff member's region before anything typed: outside it, or a forged id, is a 404.
 */
@Controller
class TicketsController {

    private final CurrentStaff current;
    private final TicketQueue queue;
    private final TicketPages pages;
    private final TicketWork work;
    private final CannedReplies canned;
    private final CountyRepository counties;
    private final MessageSource messages;
    private final Consultations consultations;

    TicketsController(CurrentStaff current, TicketQueue queue, TicketPages pages, TicketWork work,
                      CannedReplies canned, CountyRepository counties, MessageSource messages,
                      Consultations consultations) {
        this.current = current;
        this.queue = queue;
        this.pages = pages;
        this.work = work;
        this.canned = canned;
        this.counties = counties;
        this.messages = messages;
        this.consultations = consultations;
    }

    @GetMapping("/tickets")
    String queue(@RequestParam(required = false) String state, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String county, @RequestParam(required = false) String hours,
                 @RequestParam(required = false) String page, Model model) {
        StaffScope scope = current.get();
        TicketQuery query = TicketQuery.of(state, category, county, hours, page);
        model.addAttribute("staff", scope);
        model.addAttribute("query", query);
        model.addAttribute("result", queue.page(scope, query));
        model.addAttribute("states", TicketState.values());
        model.addAttribute("categories", TicketCategory.values());
        model.addAttribute("counties", countiesOf(scope));
        return "tickets/queue";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable String id, @RequestParam(required = false) String canned, Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        TicketView view = pages.view(scope, id);
        model.addAttribute("view", view);
        // What colleagues asked experts of other provinces about it, with their answers.
        model.addAttribute("consultations", consultations.about(SubjectKind.TICKET, view.ticket().getId()));
        model.addAttribute("canned", this.canned.visibleTo(scope));
        model.addAttribute("mayWriteKnowledge", KnowledgeBase.mayWrite(Desk.of(scope)));
        if (!model.containsAttribute("answerForm")) {
            // A canned reply picked fills the answer, to be edited before it is sent.
            TicketTextForm form = new TicketTextForm();
            this.canned.pick(scope, canned).ifPresent(c -> form.setText(c.getBody()));
            model.addAttribute("answerForm", form);
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new TicketTextForm());
        }
        return "tickets/ticket";
    }

    @GetMapping("/tickets/{id}/files/{messageId}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable long messageId) {
        TicketPages.FileOfTicket file = pages.file(current.get(), id, messageId);
        String type = file.attachment().getContentType();
        boolean image = type != null && type.startsWith("image/");
        String name = file.attachment().getFileName() == null ? "file" : file.attachment().getFileName();
        return ResponseEntity.ok()
                .contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
                .body(file.bytes());
    }

    @PostMapping("/tickets/{id}/answer")
    String answer(@PathVariable String id, @Valid @ModelAttribute("answerForm") TicketTextForm form,
                  BindingResult typed, RedirectAttributes redirect) {
        return act(id, typed, "answerForm", form, redirect, text("tickets.answer.done"),
                scope -> work.answer(Desk.of(scope), id, form.getText()));
    }

    @PostMapping("/tickets/{id}/note")
    String note(@PathVariable String id, @Valid @ModelAttribute("noteForm") TicketTextForm form,
                BindingResult typed, RedirectAttributes redirect) {
        return act(id, typed, "noteForm", form, redirect, text("tickets.note.done"),
                scope -> work.note(Desk.of(scope), id, form.getText()));
    }

    @PostMapping("/tickets/{id}/take")
    String take(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, null, null, null, redirect, text("tickets.take.done"), scope -> work.take(Desk.of(scope), id));
    }

    @PostMapping("/tickets/{id}/province")
    String toProvince(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, null, null, null, redirect, text("tickets.province.done"),
                scope -> work.passToProvince(Desk.of(scope), id));
    }

    @PostMapping("/tickets/{id}/colleague")
    String toColleague(@PathVariable String id, @RequestParam(required = false) String colleague,
                       RedirectAttributes redirect) {
        return act(id, null, null, null, redirect, text("tickets.colleague.done"),
                scope -> work.passTo(Desk.of(scope), id, colleague));
    }

    @PostMapping("/tickets/{id}/resolve")
    String resolve(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, null, null, null, redirect, text("tickets.resolve.done"), scope -> work.resolve(Desk.of(scope), id));
    }

    /** Region first (404), then the typed form, then the rule; each refusal in Persian on the ticket's page. */
    private String act(String id, BindingResult typed, String formName, Object form, RedirectAttributes redirect,
                       String done, Consumer<StaffScope> action) {
        StaffScope scope = current.get();
        pages.inScope(scope, id);
        String back = "redirect:/tickets/" + id;
        if (typed != null && typed.hasErrors()) {
            redirect.addFlashAttribute("problem", messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
            redirect.addFlashAttribute(formName, form);
            return back;
        }
        try {
            action.accept(scope);
            redirect.addFlashAttribute("notice", done);
        } catch (TicketRefused refused) {
            redirect.addFlashAttribute("problem", text("tickets.refused." + refused.refusal().name()));
            if (formName != null) {
                redirect.addFlashAttribute(formName, form);
            }
        }
        return back;
    }

    private List<County> countiesOf(StaffScope scope) {
        return scope.role() == StaffRole.PROVINCE_STAFF ? counties.findByProvinceIdOrderByCodeAsc(scope.provinceId())
                : List.of();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
