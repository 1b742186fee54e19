package ir.kanoonyar.backoffice.digest;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.backoffice.reminders.NoticeTexts;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest morning digest of the signed-in staff member, shown at the top of the inbox: the one
 * place it reaches staff who have not linked a bot chat.
 */
@Component
public class DigestBanner {

    /** What the banner shows; numbers and date already in Persian. */
    public record View(String day, String pending, String overdue, String escalated, boolean chatLinked) {
    }

    private final JdbcTemplate jdbc;
    private final StaffAccountRepository staff;

    public DigestBanner(JdbcTemplate jdbc, StaffAccountRepository staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public Optional<View> latestFor(StaffScope scope) {
        if (scope.accountId() == null) {
            return Optional.empty();
        }
        boolean linked = staff.findById(scope.accountId()).map(a -> a.getChatId() != null).orElse(false);
        List<View> latest = jdbc.query("SELECT digest_date, pending, overdue, escalated FROM staff_digest"
                        + " WHERE staff_account_id = ? ORDER BY digest_date DESC LIMIT 1",
                (rs, i) -> new View(NoticeTexts.date(rs.getDate(1).toLocalDate()), NoticeTexts.number(rs.getInt(2)),
                        NoticeTexts.number(rs.getInt(3)), NoticeTexts.number(rs.getInt(4)), linked),
                scope.accountId());
        return latest.stream().findFirst();
    }
}
