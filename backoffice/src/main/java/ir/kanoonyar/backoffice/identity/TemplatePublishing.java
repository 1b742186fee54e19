package ir.kanoonyar.backoffice.identity;

import java.time.Clock;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.identity.IdentityTemplates;
import ir.kanoonyar.db.identity.TemplateDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new version of the standard designs and its audit entry, saved together. */
@Service
class TemplatePublishing {

    static final String AUDIT = "IDENTITY_TEMPLATE_PUBLISHED";

    private final IdentityTemplates templates;
    private final AuditEntryRepository audit;
    private final Clock clock;

    TemplatePublishing(IdentityTemplates templates, AuditEntryRepository audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    IdentityTemplates.Outcome publish(StaffScope scope, TemplateDraft draft, String remoteAddr) {
        IdentityTemplates.Outcome done = templates.publish(draft, scope.username());
        if (done instanceof IdentityTemplates.Published published) {
            audit.save(new AuditEntry(clock.instant(), scope.username(), AUDIT, "v" + published.versionNumber(),
                    draft.note(), remoteAddr));
        }
        return done;
    }
}
