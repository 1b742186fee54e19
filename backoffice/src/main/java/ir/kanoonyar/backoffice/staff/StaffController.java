package ir.kanoonyar.backoffice.staff;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts (GET/POST /staff); one account's page is StaffAccountController, the audit log is in audit/. */
@Controller
class StaffController {

    private final CurrentStaff current;
    private final StaffAdmin admin;
    private final MessageSource messages;

    StaffController(CurrentStaff current, StaffAdmin admin, MessageSource messages) {
        this.current = current;
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping("/staff")
    String accounts(Model model) {
        StaffScope scope = current.get();
        return page(scope, model);
    }

    @PostMapping("/staff")
    String create(@Valid @ModelAttribute NewStaffForm form, BindingResult typed,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        String problem = firstProblem(typed);
        if (problem == null) {
            try {
                // A place that is not a number (a forged choice) is no place: the service says to choose one.
                Long place = typed.hasFieldErrors("place") ? null : form.getPlace();
                admin.create(scope, form.getUsername(), form.getDisplayName(), form.getPassword(), place,
                        request.getRemoteAddr());
                redirect.addFlashAttribute("notice", text("staff.created", form.getUsername()));
                return "redirect:/staff";
            } catch (StaffAdmin.Refused e) {
                problem = messages.getMessage(e.key, new Object[] {PersianText.toPersianDigits(String.valueOf(
                        PasswordPolicy.MIN_LENGTH)), PersianText.toPersianDigits(String.valueOf(PasswordPolicy.MAX_BYTES))},
                        Locale.ROOT);
            } catch (DataIntegrityViolationException e) {
                problem = messages.getMessage(StaffAdmin.Problem.DUPLICATE.key, null, Locale.ROOT);
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("typedUsername", form.getUsername());
        model.addAttribute("typedDisplayName", form.getDisplayName());
        model.addAttribute("typedPlace", typed.hasFieldErrors("place") ? null : form.getPlace());
        return page(scope, model);
    }

    /**
     * The form's own refusal, in the order the fields are asked (username, then the name shown), so
     * one answer at a time reads as before; the password and the place are answered by StaffAdmin.
     */
    private String firstProblem(BindingResult typed) {
        for (String field : new String[] {"username", "displayName"}) {
            FieldError error = typed.getFieldError(field);
            if (error != null) {
                return messages.getMessage(error, Locale.ROOT);
            }
        }
        return null;
    }

    @PostMapping("/staff/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        var account = admin.setEnabled(current.get(), id, enabled);
        if (enabled) {
            redirect.addFlashAttribute("notice", text("staff.enabledNotice", account.getUsername()));
        } else {
            redirect.addFlashAttribute("notice", text("staff.disabledNotice", account.getUsername()));
        }
        return "redirect:/staff";
    }

    private String page(StaffScope scope, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("accounts", admin.list(scope));
        model.addAttribute("places", admin.places(scope));
        model.addAttribute("national", scope.role() == ir.kanoonyar.db.staff.StaffRole.NATIONAL_ADMIN);
        model.addAttribute("minPassword", StaffAdmin.MIN_PASSWORD_LENGTH);
        return "staff/accounts";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

}
