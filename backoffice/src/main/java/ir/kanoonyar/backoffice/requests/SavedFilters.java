package ir.kanoonyar.backoffice.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's saved inbox filters: a name and the inbox's canonical query string (see
 * InboxController#canonical). Each staff member sees and deletes only their own.
 */
@Service
public class SavedFilters {

    static final int NAME_MAX_LENGTH = 100;
    static final int MAX_PER_STAFF = 20;

    /** One saved filter; {@code query} starts without "?". */
    public record SavedFilter(long id, String name, String query) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessageSource messages;

    public SavedFilters(JdbcTemplate jdbc, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> of(long accountId) {
        return jdbc.query("SELECT id, name, query FROM inbox_saved_filter WHERE staff_account_id = ? ORDER BY name",
                (rs, i) -> new SavedFilter(rs.getLong(1), rs.getString(2), rs.getString(3)), accountId);
    }

    /** Saves under the name, replacing the staff member's filter of the same name; else why not, in Persian. */
    @Transactional
    public Optional<String> save(long accountId, String typedName, String query) {
        String name = typedName == null ? "" : PersianText.withoutBidiControls(PersianText.normalize(typedName)).strip();
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            return Optional.of(text("inbox.saved.nameRequired"));
        }
        if (length > NAME_MAX_LENGTH) {
            return Optional.of(text("inbox.saved.nameTooLong",
                    PersianText.toPersianDigits(String.valueOf(NAME_MAX_LENGTH)),
                    PersianText.toPersianDigits(String.valueOf(length))));
        }
        int replaced = jdbc.update("UPDATE inbox_saved_filter SET query = ? WHERE staff_account_id = ? AND name = ?",
                query, accountId, name);
        if (replaced > 0) {
            return Optional.empty();
        }
        Integer saved = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_saved_filter WHERE staff_account_id = ?",
                Integer.class, accountId);
        if (saved != null && saved >= MAX_PER_STAFF) {
            return Optional.of(text("inbox.saved.tooMany",
                    PersianText.toPersianDigits(String.valueOf(MAX_PER_STAFF))));
        }
        jdbc.update("INSERT INTO inbox_saved_filter (staff_account_id, name, query, created_at) VALUES (?, ?, ?, ?)",
                accountId, name, query, Timestamp.from(clock.instant()));
        return Optional.empty();
    }

    /** Deletes one of the staff member's own filters; another's id deletes nothing. */
    @Transactional
    public boolean delete(long accountId, long id) {
        return jdbc.update("DELETE FROM inbox_saved_filter WHERE id = ? AND staff_account_id = ?", id, accountId) > 0;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
