package ir.kanoonyar.backoffice.licences;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The printable licence. Who may download it is for the back-office security to decide. */
@Controller
public class LicenceController {

    private final Licences licences;
    private final LicencePdf pdf;

    public LicenceController(Licences licences, LicencePdf pdf) {
        this.licences = licences;
        this.pdf = pdf;
    }

    @GetMapping("/licences/{number}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String number) {
        LicenceView licence = licences.find(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] body = pdf.render(licence, licences.verifyUrl(licence.number()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("licence-" + licence.number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
