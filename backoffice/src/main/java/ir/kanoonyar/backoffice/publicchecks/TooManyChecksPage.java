package ir.kanoonyar.backoffice.publicchecks;

import jakarta.servlet.http.HttpServletResponse;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to one check too many: 429 with Retry-After, and a Persian page saying in how many
 * minutes to try again (rounded up, so trying then works).
 */
@ControllerAdvice
class TooManyChecksPage {

    @ExceptionHandler(TooManyChecks.class)
    ModelAndView tooMany(TooManyChecks refusal, HttpServletResponse response) {
        long seconds = Math.max(1, refusal.retryAfter().toSeconds() + (refusal.retryAfter().toMillisPart() > 0 ? 1 : 0));
        long minutes = Math.max(1, (seconds + 59) / 60);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ModelAndView page = new ModelAndView("too-many-checks", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("minutes", PersianText.toPersianDigits(Long.toString(minutes)));
        return page;
    }
}
