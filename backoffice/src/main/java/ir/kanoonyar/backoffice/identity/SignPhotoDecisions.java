package ir.kanoonyar.backoffice.identity;

import java.time.Clock;
import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.identity.SignPhotos;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees which sign photos and who answers them: staff see the photos of kanoons in their region (a
 * photo outside it, or a forged id, is a 404); only county staff answer, and the answer, the manager's
 * notice and the audit entry are saved together.
 */
@Service
class SignPhotoDecisions {

    static final String CONFIRMED = "SIGN_CONFIRMED";
    static final String FIX_ASKED = "SIGN_FIX_ASKED";

    /** Why an answer was not taken. */
    enum Refusal {
        NOT_COUNTY("identity.sign.refused.notCounty"),
        ALREADY_ANSWERED("identity.sign.refused.answered");

        final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final SignPhotos photos;
    private final AuditEntryRepository audit;
    private final Clock clock;

    SignPhotoDecisions(SignPhotos photos, AuditEntryRepository audit, Clock clock) {
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    List<SignPhotos.Waiting> queue(StaffScope scope) {
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> photos.waiting(null, null);
            case PROVINCE_STAFF -> photos.waiting(scope.provinceId(), null);
            case COUNTY_STAFF -> photos.waiting(scope.provinceId(), scope.countyId());
        };
    }

    SignPhotos.Waiting inScope(StaffScope scope, String id) {
        long parsed;
        try {
            parsed = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return photos.find(parsed).filter(p -> scope.covers(p.provinceId(), p.countyId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Null when done, else why not. */
    @Transactional
    Refusal confirm(StaffScope scope, String id, String remoteAddr) {
        SignPhotos.Waiting photo = inScope(scope, id);
        if (scope.role() != StaffRole.COUNTY_STAFF) {
            return Refusal.NOT_COUNTY;
        }
        if (!photos.confirm(photo.id(), scope.username())) {
            return Refusal.ALREADY_ANSWERED;
        }
        audit.save(new AuditEntry(clock.instant(), scope.username(), CONFIRMED, photo.kanoonName(), null, remoteAddr));
        return null;
    }

    @Transactional
    Refusal askFix(StaffScope scope, String id, String reason, String remoteAddr) {
        SignPhotos.Waiting photo = inScope(scope, id);
        if (scope.role() != StaffRole.COUNTY_STAFF) {
            return Refusal.NOT_COUNTY;
        }
        if (!photos.askFix(photo.id(), reason, scope.username())) {
            return Refusal.ALREADY_ANSWERED;
        }
        audit.save(new AuditEntry(clock.instant(), scope.username(), FIX_ASKED, photo.kanoonName(), reason,
                remoteAddr));
        return null;
    }
}
