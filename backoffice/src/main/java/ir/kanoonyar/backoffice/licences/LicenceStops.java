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
 * Suspends or revokes a licence with a reason: only province staff (their province) and the national
 * admin. The licence, its audit entry and the manager's notice are saved in one transaction. Every
 * refusal is a {@link Refused} with the Persian message key; a licence outside the staff member's
 * region is "not found", as one that does not exist.
 */
@Service
class LicenceStops {

    enum Action {
        SUSPEND("LICENCE_SUSPENDED"),
        REVOKE("LICENCE_REVOKED");

        final String audit;

        Action(String audit) {
            this.audit = audit;
        }
    }

    /** Why the action was refused: the message key of the Persian answer. */
    static final class Refused extends RuntimeException {

        final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
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
        if (scope.role() == StaffRole.COUNTY_STAFF) {
            throw new Refused("licences.stop.notAllowed");
        }
        Licence licence = id(licenceId).flatMap(licences::findById)
                .orElseThrow(() -> new Refused("licences.stop.notFound"));
        Kanoon kanoon = kanoons.findById(licence.getKanoonId()).orElseThrow();
        if (!scope.covers(kanoon.getProvinceId(), kanoon.getCountyId())) {
            throw new Refused("licences.stop.notFound");
        }
        String reason = typedReason == null ? "" : PersianText.normalize(typedReason);
        if (reason.isEmpty()) {
            throw new Refused("licences.stop.reasonRequired");
        }
        if (reason.length() > Licence.REASON_LENGTH) {
            throw new Refused("licences.stop.reasonTooLong");
        }
        try {
            switch (action) {
                case SUSPEND -> licence.suspend(reason, clock.instant());
                case REVOKE -> licence.revoke(reason, clock.instant());
            }
        } catch (IllegalStateException e) {
            throw new Refused("licences.stop.wrongState." + licence.getStatus());
        }
        licences.saveAndFlush(licence);
        audit.save(new AuditEntry(clock.instant(), scope.username(), action.audit, licence.getNumber(),
                clip(reason), remoteAddr));
        notices.stopped(licence, kanoon.getName(), kanoon.getManagerPersonId());
        return licence.getNumber();
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
