package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.licence.LicencePdf;
import ir.kanoonyar.db.licence.LicenceView;
import ir.kanoonyar.db.licence.Licences;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable licence, for signed-in staff whose scope covers the kanoon; anyone else gets the
 * same 404 as for a number that does not exist (the PDF names the manager).
 */
@Controller
public class LicenceController {

    private final Licences licences;
    private final LicencePdf pdf;
    private final CurrentStaff staff;
    private final LicenceRepository licenceRows;
    private final KanoonRepository kanoons;

    public LicenceController(Licences licences, LicencePdf pdf, CurrentStaff staff, LicenceRepository licenceRows,
                             KanoonRepository kanoons) {
        this.licences = licences;
        this.pdf = pdf;
        this.staff = staff;
        this.licenceRows = licenceRows;
        this.kanoons = kanoons;
    }

    @GetMapping("/licences/{number}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String number) {
        StaffScope scope = staff.get();
        boolean covered = licenceRows.findByNumber(number)
                .flatMap(l -> kanoons.findById(l.getKanoonId()))
                .map(k -> scope.covers(k.getProvinceId(), k.getCountyId()))
                .orElse(false);
        if (!covered) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LicenceView licence = licences.find(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] body = pdf.render(licence, licences.verifyUrl(licence.number()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(LicencePdf.fileName(licence.number())).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
