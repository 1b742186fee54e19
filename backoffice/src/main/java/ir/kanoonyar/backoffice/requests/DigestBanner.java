package ir.kanoonyar.backoffice.requests;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.backoffice.reminders.NoticeTexts;
import ir.kanoonyar.backoffice.security.StaffScope;
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

    public DigestBanner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<View> latestFor(StaffScope scope) {
        if (scope.accountId() == null) {
            return Optional.empty();
        }
        // One query on every inbox page: the latest digest with whether the account has linked a chat.
        List<View> latest = jdbc.query("SELECT d.digest_date, d.pending, d.overdue, d.escalated, a.chat_id IS NOT NULL"
                        + " FROM staff_digest d JOIN staff_account a ON a.id = d.staff_account_id"
                        + " WHERE d.staff_account_id = ? ORDER BY d.digest_date DESC LIMIT 1",
                (rs, i) -> new View(NoticeTexts.date(rs.getDate(1).toLocalDate()), NoticeTexts.number(rs.getInt(2)),
                        NoticeTexts.number(rs.getInt(3)), NoticeTexts.number(rs.getInt(4)), rs.getBoolean(5)),
                scope.accountId());
        return latest.stream().findFirst();
    }
}
