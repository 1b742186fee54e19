package ir.kanoonyar.backoffice.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.identity.IdentityTemplates;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national admin's page of the identity kit's standard designs: the versions, and a new one
 * prefilled from the version in force (a new logo optional: the current one is kept). Others: 403.
 */
@Controller
class IdentityTemplatesController {

    private final CurrentStaff current;
    private final IdentityTemplates templates;
    private final TemplatePublishing publishing;
    private final MessageSource messages;

    IdentityTemplatesController(CurrentStaff current, IdentityTemplates templates, TemplatePublishing publishing,
                                MessageSource messages) {
        this.current = current;
        this.templates = templates;
        this.publishing = publishing;
        this.messages = messages;
    }

    @GetMapping("/identity/templates")
    String page(Model model) {
        StaffScope scope = national();
        return page(scope, IdentityTemplateForm.of(templates.current()), model);
    }

    @PostMapping("/identity/templates")
    String publish(@Valid @ModelAttribute("form") IdentityTemplateForm form, BindingResult typed,
                   @RequestParam(name = "logo", required = false) MultipartFile logo, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        StaffScope scope = national();
        if (typed.hasErrors()) {
            return page(scope, form, model);
        }
        byte[] bytes = logo == null || logo.isEmpty() ? null : bytes(logo);
        IdentityTemplates.Outcome outcome = publishing.publish(scope, form.draft(bytes), request.getRemoteAddr());
        if (outcome instanceof IdentityTemplates.Refused refused) {
            model.addAttribute("problem", text("identity.template.refused." + refused.refusal().name(),
                    refused.piece() == null ? "" : text("identity.piece." + refused.piece().name()),
                    refused.element() == null ? "" : text("identity.element." + refused.element().name())));
            return page(scope, form, model);
        }
        int number = ((IdentityTemplates.Published) outcome).versionNumber();
        redirect.addFlashAttribute("notice", text("identity.template.published",
                PersianText.toPersianDigits(Integer.toString(number))));
        return "redirect:/identity/templates";
    }

    private String page(StaffScope scope, IdentityTemplateForm form, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("form", form);
        model.addAttribute("versions", templates.versions().stream().map(v -> new VersionRow(
                PersianText.toPersianDigits(Integer.toString(v.getVersionNumber())), v.getNote(), v.getCreatedBy(),
                JalaliDate.of(v.getCreatedAt(), JalaliDate.TEHRAN).formatLong())).toList());
        return "identity/templates";
    }

    /** A version in the list, as the page shows it. */
    record VersionRow(String number, String note, String createdBy, String createdOn) {
    }

    private StaffScope national() {
        StaffScope scope = current.get();
        if (scope.role() != StaffRole.NATIONAL_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return scope;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
