package ir.kanoonyar.db.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The file id each messenger gave back for a file the bot sends to many chats (a broadcast's photo, a
 * lesson's video), by the source the outbox body names: kept in the database, so every bot instance
 * and a restart reuse it, and 100,000 recipients cost one upload.
 */
@Component
public class MediaUploads {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MediaUploads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id the messenger gave the file when it was first uploaded there, if it was. */
    public Optional<String> fileId(String source, Channel channel) {
        return jdbc.queryForList("SELECT file_id FROM media_upload WHERE source = ? AND channel = ?",
                String.class, source, channel.name()).stream().findFirst();
    }

    /** Remembers the messenger's id of an uploaded file; the first one stored stays. */
    public void remember(String source, Channel channel, String fileId) {
        try {
            jdbc.update("INSERT INTO media_upload (source, channel, file_id, created_at) VALUES (?, ?, ?, ?)",
                    source, channel.name(), fileId, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // Another sender uploaded it at the same moment; either id works.
        }
    }

    /**
     * Forgets an id the messenger no longer knows (the bot's token changed, say), so that the next send
     * uploads the file again; an id another sender stored meanwhile stays.
     */
    public void forget(String source, Channel channel, String staleFileId) {
        jdbc.update("DELETE FROM media_upload WHERE source = ? AND channel = ? AND file_id = ?",
                source, channel.name(), staleFileId);
    }
}
