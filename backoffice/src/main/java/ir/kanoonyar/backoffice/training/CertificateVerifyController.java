package ir.kanoonyar.backoffice.training;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page a certificate's verification code (or QR code) opens: no login; whether the
 * certificate is valid, whose it is, for which course and since when, and nothing else.
 */
@Controller
class CertificateVerifyController {

    private final CertificateLookup lookup;

    CertificateVerifyController(CertificateLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/verify/certificate/{code}")
    ModelAndView verify(@PathVariable String code) {
        Optional<CertificateLookup.PublicCertificate> found = lookup.find(code);
        if (found.isEmpty()) {
            ModelAndView notFound = new ModelAndView("training/verify-certificate-not-found", HttpStatus.NOT_FOUND);
            notFound.addObject("code", code.length() > 40 ? code.substring(0, 40) : code);
            return notFound;
        }
        ModelAndView page = new ModelAndView("training/verify-certificate");
        page.addObject("certificate", found.get());
        return page;
    }
}
