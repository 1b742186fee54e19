package ir.kanoonyar.db.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.TicketStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the knowledge base: the national admin writes national answers, province staff answers of
 * their province; county staff only read. An answer of another province is "not found".
 */
@Service
public class KnowledgeBase {

    /** Why a write was refused; the back-office says it as {@code knowledge.refused.<NAME>}. */
    public enum Refusal {
        NOT_ALLOWED,
        NOT_FOUND,
        TITLE_REQUIRED,
        TITLE_TOO_LONG,
        BODY_REQUIRED,
        BODY_TOO_LONG,
        TAGS_TOO_LONG
    }

    public static final class Refused extends RuntimeException {

        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final KbAnswerRepository answers;
    private final KbMissRepository misses;
    private final Clock clock;

    public KnowledgeBase(KbAnswerRepository answers, KbMissRepository misses, Clock clock) {
        this.answers = answers;
        this.misses = misses;
        this.clock = clock;
    }

    public static boolean mayWrite(TicketStaff staff) {
        return staff.role() != StaffRole.COUNTY_STAFF;
    }

    /** The answers this staff member sees: national ones and their province's (all for the national admin). */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public List<KbAnswer> visibleTo(TicketStaff staff) {
        return staff.role() == StaffRole.NATIONAL_ADMIN ? answers.findAllByOrderByOpenedDescIdAsc()
                : answers.visibleIn(staff.provinceId());
    }

    /** The latest questions that found nothing, in the staff member's province (all for the national admin). */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public List<KbMiss> misses(TicketStaff staff) {
        return staff.role() == StaffRole.NATIONAL_ADMIN ? misses.findTop50ByOrderByCreatedAtDesc()
                : misses.findTop50ByProvinceIdOrderByCreatedAtDesc(staff.provinceId());
    }

    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer write(TicketStaff staff, String title, String body, String tags) {
        if (!mayWrite(staff)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        Clean clean = clean(title, body, tags);
        Long province = staff.role() == StaffRole.NATIONAL_ADMIN ? null : staff.provinceId();
        String by = staff.name() == null ? "" : staff.name();
        return answers.save(new KbAnswer(province, clean.title, clean.body, clean.tags,
                by.length() <= 64 ? by : by.substring(0, 64), clock.instant()));
    }

    @Transactional(noRollbackFor = Refused.class)
    public KbAnswer change(TicketStaff staff, String answerId, String title, String body, String tags) {
        KbAnswer answer = editable(staff, answerId);
        Clean clean = clean(title, body, tags);
        answer.change(clean.title, clean.body, clean.tags, clock.instant());
        return answers.saveAndFlush(answer);
    }

    @Transactional(noRollbackFor = Refused.class)
    public void delete(TicketStaff staff, String answerId) {
        answers.delete(editable(staff, answerId));
    }

    /** An answer this staff member may change: the national admin any, province staff their province's. */
    @Transactional(readOnly = true, noRollbackFor = Refused.class)
    public KbAnswer editable(TicketStaff staff, String answerId) {
        if (!mayWrite(staff)) {
            throw new Refused(Refusal.NOT_ALLOWED);
        }
        KbAnswer answer = id(answerId).flatMap(answers::findById)
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        if (staff.role() != StaffRole.NATIONAL_ADMIN && !staff.provinceId().equals(answer.getProvinceId())) {
            throw new Refused(Refusal.NOT_FOUND);
        }
        return answer;
    }

    private record Clean(String title, String body, String tags) {
    }

    private static Clean clean(String title, String body, String tags) {
        String t = title == null ? "" : PersianText.normalize(title);
        String b = body == null ? "" : PersianText.normalize(body);
        String g = tags == null ? "" : PersianText.normalize(tags);
        if (t.isEmpty()) {
            throw new Refused(Refusal.TITLE_REQUIRED);
        }
        if (t.length() > KbAnswer.TITLE_LENGTH) {
            throw new Refused(Refusal.TITLE_TOO_LONG);
        }
        if (b.isEmpty()) {
            throw new Refused(Refusal.BODY_REQUIRED);
        }
        if (b.length() > KbAnswer.BODY_LENGTH) {
            throw new Refused(Refusal.BODY_TOO_LONG);
        }
        if (g.length() > KbAnswer.TAGS_LENGTH) {
            throw new Refused(Refusal.TAGS_TOO_LONG);
        }
        return new Clean(t, b, g);
    }

    private static Optional<Long> id(String typed) {
        if (typed == null || !typed.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }
}
