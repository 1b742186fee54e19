package ir.kanoonyar.backoffice.licences;

import java.time.Clock;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.licence.LicenceNotices;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends or revokes a licence, or lifts its suspension, with a reason: only province staff (their province) and the national
 * admin. The licence, its audit entry and the manager's notice are saved in one transaction. Every
 * refusal is a {@link Refused} with the Persian message key; a licence outside the staff member's
 * region is "not found", as one that does not exist.
 */
@Service
class LicenceStops {

    enum Action {
        SUSPEND("LICENCE_SUSPENDED"),
        REVOKE("LICENCE_REVOKED"),
        LIFT("LICENCE_SUSPENSION_LIFTED");

        final String audit;

        Action(String audit) {
            this.audit = audit;
        }
    }

    /** Why an action is refused, with the message key of its Persian answer. */
    enum Refusal {
        NOT_ALLOWED("licences.stop.notAllowed"),
        NOT_FOUND("licences.stop.notFound"),
        REASON_REQUIRED("licences.stop.reasonRequired"),
        REASON_TOO_LONG("licences.stop.reasonTooLong"),
        ALREADY_SUSPENDED("licences.stop.wrongState.SUSPENDED"),
        ALREADY_REVOKED("licences.stop.wrongState.REVOKED"),
        ALREADY_SUPERSEDED("licences.stop.wrongState.SUPERSEDED"),
        NOT_SUSPENDED("licences.lift.notSuspended");

        final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    static final class Refused extends RuntimeException {

        final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final LicenceRepository licences;
    private final KanoonRepository kanoons;
    private final LicenceNotices notices;
    private final AuditEntryRepository audit;
    private final Clock clock;

    LicenceStops(LicenceRepository licences, KanoonRepository kanoons, LicenceNotices notices,
                 AuditEntryRepository audit, Clock clock) {
        this.licences = licences;
        this.kanoons = kanoons;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param licenceId the id as it came in the address (anything: a forged or mistyped one is "not found")
     * @return the licence's number
     */
    @Transactional
    String apply(StaffScope scope, String licenceId, Action action, String typedReason, String remoteAddr) {
        Licence licence = inScope(scope, licenceId);
        Kanoon kanoon = kanoons.findById(licence.getKanoonId()).orElseThrow();
        String reason = typedReason == null ? "" : PersianText.normalize(typedReason);
        if (reason.isEmpty()) {
            throw new Refused(Refusal.REASON_REQUIRED);
        }
        if (reason.length() > Licence.REASON_LENGTH) {
            throw new Refused(Refusal.REASON_TOO_LONG);
        }
        try {
            switch (action) {
                case SUSPEND -> licence.suspend(reason, clock.instant());
                case REVOKE -> licence.revoke(reason, clock.instant());
                case LIFT -> licence.lift(reason, clock.instant());
            }
        } catch (IllegalStateException e) {
            throw new Refused(action == Action.LIFT ? Refusal.NOT_SUSPENDED : switch (licence.getStatus()) {
                case SUSPENDED -> Refusal.ALREADY_SUSPENDED;
                case REVOKED -> Refusal.ALREADY_REVOKED;
                default -> Refusal.ALREADY_SUPERSEDED;
            });
        }
        licences.saveAndFlush(licence);
        audit.save(new AuditEntry(clock.instant(), scope.username(), action.audit, licence.getNumber(),
                clip(reason), remoteAddr));
        if (action == Action.LIFT) {
            notices.lifted(licence, kanoon.getName(), kanoon.getManagerPersonId(), reason);
        } else {
            notices.stopped(licence, kanoon.getName(), kanoon.getManagerPersonId());
        }
        return licence.getNumber();
    }

    /**
     * The licence this staff member may suspend or revoke, else the refusal: asked first, so a refused
     * reason never tells someone who may not act (or a forged id) more than "not allowed" or "not found".
     */
    @Transactional(readOnly = true)
    Licence inScope(StaffScope scope, String licenceId) {
        if (scope.role() == StaffRole.COUNTY_STAFF) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        Licence licence = id(licenceId).flatMap(licences::findById)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        Kanoon kanoon = kanoons.findById(licence.getKanoonId()).orElseThrow();
        if (!scope.covers(kanoon.getProvinceId(), kanoon.getCountyId())) {
            throw new Refused(Refusal.NOT_FOUND);
        }
        return licence;
    }

    private static Optional<Long> id(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }

    private static String clip(String text) {
        return text.length() <= AuditEntry.DETAIL_LENGTH ? text : text.substring(0, AuditEntry.DETAIL_LENGTH);
    }
}
