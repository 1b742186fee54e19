package ir.kanoonyar.backoffice.account;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.LoginPage;
import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.ExpertProfile;
import ir.kanoonyar.db.consultation.ExpertProfiles;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in staff member's own account page (GET/POST /account/password): the password, and their
 * entry in the experts' directory (saved by experts/ExpertsController).
 */
@Controller
class AccountController {

    private final CurrentStaff current;
    private final PasswordChange passwords;
    private final MessageSource messages;
    private final ExpertProfiles expertProfiles;

    AccountController(CurrentStaff current, PasswordChange passwords, MessageSource messages,
                      ExpertProfiles expertProfiles) {
        this.current = current;
        this.passwords = passwords;
        this.messages = messages;
        this.expertProfiles = expertProfiles;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        ExpertProfile profile = scope.accountId() == null ? null : expertProfiles.of(scope.accountId());
        model.addAttribute("expertTags", profile == null ? "" : String.join("\n", profile.specialties()));
        model.addAttribute("expertTakes", profile != null && profile.isTakesConsultations());
        // A number for the fields' minlength (which reads ASCII digits only); the label shows it in Persian.
        model.addAttribute("minPassword", PasswordChange.MIN_LENGTH);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String current,
                  @RequestParam(required = false) String fresh,
                  @RequestParam(required = false) String repeated,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            passwords.change(this.current.get(), current, fresh, repeated, request.getSession().getId(),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("notice", text("account.changed"));
            return "redirect:/account/password";
        } catch (PasswordChange.Refused e) {
            if (e.problem == PasswordChange.Problem.LOCKED) {
                // Every session of the account ended with the lock; this one too, and the login page says until when.
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                return "redirect:" + LoginPage.lockedUntil(e.lockedUntil);
            }
            model.addAttribute("problem", text(e.problem.key,
                    PersianText.toPersianDigits(String.valueOf(PasswordChange.MIN_LENGTH)),
                    PersianText.toPersianDigits(String.valueOf(PasswordPolicy.MAX_BYTES))));
            return form(model);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
