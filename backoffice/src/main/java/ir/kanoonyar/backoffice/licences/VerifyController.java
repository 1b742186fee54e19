package ir.kanoonyar.backoffice.licences;

import java.util.Optional;

import ir.kanoonyar.db.licence.LicenceView;
import ir.kanoonyar.db.licence.Licences;
import ir.kanoonyar.db.persian.LicenceNumber;
import ir.kanoonyar.db.persian.ParseResult;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page the licence QR code opens: no login, and nothing private on it, only whether the
 * licence holds today, for which kanoon, and until when. Every check counts against the source
 * address's limit (publicchecks/PublicCheckLimit).
 */
@Controller
public class VerifyController {

    private final Licences licences;

    public VerifyController(Licences licences) {
        this.licences = licences;
    }

    /**
     * A number typed into the small form: checked as the address would be; without one, the form.
     * Counted against the same limit as {@code /verify/{number}} (the limit covers {@code /verify/**}).
     */
    @GetMapping("/verify")
    public ModelAndView form(@RequestParam(required = false) String number) {
        if (number == null || number.isBlank()) {
            return new ModelAndView("verify-form");
        }
        return verify(number);
    }

    @GetMapping("/verify/{number}")
    public ModelAndView verify(@PathVariable String number) {
        // A number whose check digit does not match is told apart without asking the database.
        ParseResult<String> parsed = LicenceNumber.parse(number);
        Optional<LicenceView> licence = parsed.isValid() ? licences.find(parsed.value()) : Optional.empty();
        if (licence.isEmpty()) {
            ModelAndView notFound = new ModelAndView("verify-not-found", HttpStatus.NOT_FOUND);
            notFound.addObject("number", number.length() > 40 ? number.substring(0, 40) : number);
            notFound.addObject("mistyped", !parsed.isValid());
            return notFound;
        }
        LicenceView view = licence.get();
        ModelAndView page = new ModelAndView("verify");
        // Only the public fields go to the template: never the manager or any person's details.
        page.addObject("number", view.number());
        page.addObject("valid", view.validity().isValid());
        page.addObject("verdict", Verdict.keyOf(view.validity()));
        page.addObject("kanoonName", view.kanoonName());
        page.addObject("mosqueName", view.mosqueName());
        page.addObject("countyName", view.countyName());
        page.addObject("provinceName", view.provinceName());
        page.addObject("issuedOn", view.issuedOn().formatLong());
        page.addObject("validUntil", view.validUntil().formatLong());
        // Suspended or revoked by staff: the day it happened (never the reason, which is for the manager).
        boolean stopped = view.validity() == LicenceView.Validity.SUSPENDED
                || view.validity() == LicenceView.Validity.REVOKED;
        page.addObject("stateSince", stopped && view.statusChangedOn() != null
                ? view.statusChangedOn().formatLong() : null);
        return page;
    }
}
