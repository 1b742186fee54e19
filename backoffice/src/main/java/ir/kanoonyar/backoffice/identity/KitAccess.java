package ir.kanoonyar.backoffice.identity;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.identity.IdentityKits;
import ir.kanoonyar.db.identity.KanoonIdentity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The kit of a licence, for staff whose scope covers its kanoon: anyone else, an unknown number and a
 * licence that does not hold today (no kit) all get the same 404.
 */
@Component
class KitAccess {

    private final IdentityKits kits;

    KitAccess(IdentityKits kits) {
        this.kits = kits;
    }

    KanoonIdentity inScope(StaffScope scope, String licenceNumber) {
        boolean covered = kits.kanoonOf(licenceNumber)
                .map(k -> scope.covers(k.getProvinceId(), k.getCountyId())).orElse(false);
        if (!covered) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return kits.identity(licenceNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
