package ir.kanoonyar.backoffice.training;

import java.util.Optional;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateIssuing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a certificate for the public verification page by its code, as printed or typed (Persian
 * digits, dashes and spaces accepted). Only what the paper itself shows comes out: never the
 * person's national code, phone or anything else about them.
 */
@Service
@Transactional(readOnly = true)
class CertificateLookup {

    private final CertificateIssuing certificates;

    CertificateLookup(CertificateIssuing certificates) {
        this.certificates = certificates;
    }

    /** What the public page shows of a certificate: when it was revoked, but not by whom or why. */
    record PublicCertificate(String code, boolean valid, String personName, String courseTitle, String issuedOn,
                             String revokedOn) {
    }

    Optional<PublicCertificate> find(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        return certificates.find(typed).map(CertificateLookup::view);
    }

    private static PublicCertificate view(Certificate c) {
        return new PublicCertificate(PersianText.toPersianDigits(TrackingCode.display(c.getCode())), c.isValid(),
                c.getPersonName(), c.getCourseTitle(), JalaliDate.of(c.getIssuedAt(), JalaliDate.TEHRAN).formatLong(),
                c.isValid() ? null : JalaliDate.of(c.getRevokedAt(), JalaliDate.TEHRAN).formatLong());
    }
}
