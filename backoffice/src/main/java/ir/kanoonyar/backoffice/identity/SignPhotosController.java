package ir.kanoonyar.backoffice.identity;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.identity.SignPhotos;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Photos of installed signs: the queue of the staff member's region, a photo's page with the checklist,
 * and county staff's answer (confirm, or ask for a fix with a reason). Out of the region: 404.
 */
@Controller
class SignPhotosController {

    private final CurrentStaff current;
    private final SignPhotoDecisions decisions;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final MessageSource messages;

    SignPhotosController(CurrentStaff current, SignPhotoDecisions decisions, AttachmentRepository attachments,
                         AttachmentStore store, MessageSource messages) {
        this.current = current;
        this.decisions = decisions;
        this.attachments = attachments;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/sign-photos")
    String queue(Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("photos", decisions.queue(scope).stream().map(SignPhotosController::row).toList());
        return "identity/sign-photos";
    }

    @GetMapping("/sign-photos/{id}")
    String photo(@PathVariable String id, Model model) {
        StaffScope scope = current.get();
        SignPhotos.Waiting photo = decisions.inScope(scope, id);
        if (!model.containsAttribute("checklist")) {
            model.addAttribute("checklist", new SignChecklistForm());
        }
        if (!model.containsAttribute("fix")) {
            model.addAttribute("fix", new SignFixForm());
        }
        return page(scope, photo, model);
    }

    @GetMapping("/sign-photos/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        SignPhotos.Waiting photo = decisions.inScope(current.get(), id);
        Attachment attachment = attachments.findById(photo.attachmentId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = store.read(attachment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @PostMapping("/sign-photos/{id}/confirm")
    String confirm(@PathVariable String id, @Valid @ModelAttribute("checklist") SignChecklistForm checklist,
                   BindingResult typed, HttpServletRequest request, RedirectAttributes redirect, Model model) {
        StaffScope scope = current.get();
        SignPhotos.Waiting photo = decisions.inScope(scope, id);
        if (typed.hasErrors()) {
            model.addAttribute("fix", new SignFixForm());
            model.addAttribute("problem", text("identity.sign.check.required"));
            return page(scope, photo, model);
        }
        return answered(decisions.confirm(scope, id, request.getRemoteAddr()),
                text("identity.sign.confirmed", photo.kanoonName()), photo, redirect);
    }

    @PostMapping("/sign-photos/{id}/fix")
    String fix(@PathVariable String id, @Valid @ModelAttribute("fix") SignFixForm fix, BindingResult typed,
               HttpServletRequest request, RedirectAttributes redirect, Model model) {
        StaffScope scope = current.get();
        SignPhotos.Waiting photo = decisions.inScope(scope, id);
        if (typed.hasErrors()) {
            model.addAttribute("checklist", new SignChecklistForm());
            return page(scope, photo, model);
        }
        return answered(decisions.askFix(scope, id, fix.getReason(), request.getRemoteAddr()),
                text("identity.sign.fixAsked", photo.kanoonName()), photo, redirect);
    }

    private String answered(SignPhotoDecisions.Refusal refusal, String done, SignPhotos.Waiting photo,
                            RedirectAttributes redirect) {
        if (refusal != null) {
            redirect.addFlashAttribute("problem", text(refusal.messageKey));
            return "redirect:/sign-photos/" + photo.id();
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/sign-photos";
    }

    private String page(StaffScope scope, SignPhotos.Waiting photo, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("photo", row(photo));
        model.addAttribute("canDecide", scope.role() == StaffRole.COUNTY_STAFF
                && photo.status() == ir.kanoonyar.db.identity.SignPhotoStatus.WAITING);
        return "identity/sign-photo";
    }

    /** A photo as the pages show it: the sending time as Jalali text. */
    record Row(long id, String kanoonName, String mosqueName, String countyName, String sentOn, String status,
               String fixReason) {
    }

    private static Row row(SignPhotos.Waiting p) {
        return new Row(p.id(), p.kanoonName(), p.mosqueName(), p.countyName(),
                JalaliDate.of(p.sentAt(), JalaliDate.TEHRAN).formatLong(), p.status().name(), p.fixReason());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
