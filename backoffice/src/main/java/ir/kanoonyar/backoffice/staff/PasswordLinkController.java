package ir.kanoonyar.backoffice.staff;

import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.PasswordPolicy;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page a one-time link opens (no sign-in): set a password, once, before the link expires. A used,
 * expired or unknown link says so in Persian.
 */
@Controller
class PasswordLinkController {

    private final PasswordLinks links;
    private final MessageSource messages;

    PasswordLinkController(PasswordLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    /** The CSRF cookie goes out with the page, which makes no session. */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping("/password-link/{token}")
    String open(@PathVariable String token, Model model) {
        PasswordLinks.Opened opened = links.open(token);
        if (opened.refusal() != null) {
            model.addAttribute("refusal", text(opened.refusal().key));
        }
        model.addAttribute("username", opened.username());
        model.addAttribute("form", new NewPasswordForm());
        return page(token, model);
    }

    @PostMapping("/password-link/{token}")
    String set(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
               HttpServletRequest request, Model model) {
        PasswordLinks.Opened opened = links.open(token);
        model.addAttribute("username", opened.username());
        if (opened.refusal() != null) {
            model.addAttribute("refusal", text(opened.refusal().key));
            return page(token, model);
        }
        if (errors.hasErrors()) {
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
            return page(token, model);
        }
        Optional<String> refused = links.setPassword(token, form.getPassword(), request.getRemoteAddr());
        if (refused.isPresent()) {
            model.addAttribute("problem", text(refused.get(), digits(PasswordPolicy.MIN_LENGTH),
                    digits(PasswordPolicy.MAX_BYTES)));
            return page(token, model);
        }
        model.addAttribute("done", true);
        return page(token, model);
    }

    private String page(String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("minLength", digits(PasswordPolicy.MIN_LENGTH));
        return "staff/password-link";
    }

    private static String digits(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
