package ir.kanoonyar.backoffice.tickets;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.CannedReply;
import ir.kanoonyar.db.ticket.CannedReplyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies: every staff member picks from the national ones and their province's; the national
 * admin edits the national list, province staff their province's; county staff only pick.
 */
@Service
class CannedReplies {

    /** Why an edit was refused, with the message key of its Persian answer. */
    enum Refusal {
        NOT_ALLOWED("tickets.canned.notAllowed"),
        NOT_FOUND("tickets.canned.notFound"),
        REQUIRED("tickets.canned.required"),
        TOO_LONG("tickets.canned.tooLong");

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

    private final CannedReplyRepository replies;
    private final Clock clock;

    CannedReplies(CannedReplyRepository replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    static boolean mayEdit(StaffScope scope) {
        return scope.role() != StaffRole.COUNTY_STAFF;
    }

    @Transactional(readOnly = true)
    List<CannedReply> visibleTo(StaffScope scope) {
        return scope.role() == StaffRole.NATIONAL_ADMIN ? replies.findAllByOrderByTitle()
                : replies.visibleIn(scope.provinceId());
    }

    /** One the staff member may pick, for filling the answer. */
    @Transactional(readOnly = true)
    Optional<CannedReply> pick(StaffScope scope, String id) {
        return visibleTo(scope).stream().filter(c -> c.getId().toString().equals(id)).findFirst();
    }

    @Transactional(noRollbackFor = Refused.class)
    CannedReply add(StaffScope scope, String title, String body) {
        if (!mayEdit(scope)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        String t = title == null ? "" : PersianText.normalize(title);
        String b = body == null ? "" : PersianText.normalize(body);
        if (t.isEmpty() || b.isEmpty()) {
            throw new Refused(Refusal.REQUIRED);
        }
        if (t.length() > CannedReply.TITLE_LENGTH || b.length() > CannedReply.BODY_LENGTH) {
            throw new Refused(Refusal.TOO_LONG);
        }
        Long province = scope.role() == StaffRole.NATIONAL_ADMIN ? null : scope.provinceId();
        return replies.save(new CannedReply(province, t, b, scope.username(), clock.instant()));
    }

    @Transactional(noRollbackFor = Refused.class)
    void delete(StaffScope scope, String id) {
        if (!mayEdit(scope)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        CannedReply reply = visibleTo(scope).stream().filter(c -> c.getId().toString().equals(id)).findFirst()
                .filter(c -> scope.role() == StaffRole.NATIONAL_ADMIN || c.getProvinceId() != null)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        replies.delete(reply);
    }
}
