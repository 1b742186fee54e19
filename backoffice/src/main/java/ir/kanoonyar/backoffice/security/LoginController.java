package ir.kanoonyar.backoffice.security;

import java.time.Clock;
import java.time.Instant;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final LoginAttempts attempts;
    private final Clock clock;

    LoginController(LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * The login page; after a refusal it says why: a wrong pair, a locked account (until a Jalali
     * time, when the lock has not ended meanwhile) or an address that tried too often.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        Instant until = epochSeconds(locked);
        if (until != null && until.isAfter(clock.instant())) {
            model.addAttribute("lockedUntil", JalaliDate.tehranDayAndTime(until));
        }
        model.addAttribute("throttleMinutes", PersianText.toPersianDigits(String.valueOf(attempts.addressWindowMinutes())));
        return "login";
    }

    private static Instant epochSeconds(String value) {
        if (value == null || !value.matches("[0-9]{1,12}")) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }
}
