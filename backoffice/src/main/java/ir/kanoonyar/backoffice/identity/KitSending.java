package ir.kanoonyar.backoffice.identity;

import java.time.Clock;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.identity.IdentityKits;
import ir.kanoonyar.db.identity.KanoonIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** «ارسال به مدیر»: the kit queued to the manager's chat and the audit entry, in one transaction. */
@Service
class KitSending {

    static final String AUDIT = "IDENTITY_KIT_SENT";

    private final KitAccess access;
    private final IdentityKits kits;
    private final AuditEntryRepository audit;
    private final Clock clock;

    KitSending(KitAccess access, IdentityKits kits, AuditEntryRepository audit, Clock clock) {
        this.access = access;
        this.kits = kits;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many messages were queued; 0 when the manager has no chat with the bot (nothing is audited). */
    @Transactional
    int send(StaffScope scope, String licenceNumber, String remoteAddr) {
        KanoonIdentity kanoon = access.inScope(scope, licenceNumber);
        int queued = kits.sendToManager(kanoon.licenceNumber()).orElse(0);
        if (queued > 0) {
            audit.save(new AuditEntry(clock.instant(), scope.username(), AUDIT, kanoon.licenceNumber(),
                    kanoon.kanoonName(), remoteAddr));
        }
        return queued;
    }
}
