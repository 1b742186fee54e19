package ir.kanoonyar.db.broadcast;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The photos and documents of broadcasts, bytes included, kept in the database (the back-office that
 * receives them and the bot that sends them may run on different machines), and the file id each
 * messenger gave back for them. Plain JDBC: the bytes are written and read only here, never loaded
 * with an entity.
 */
@Component
public class BroadcastMediaStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BroadcastMediaStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a checked file; the caller has decided its kind and type from its bytes. */
    public BroadcastMedia save(MediaKind kind, String fileName, String contentType, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO broadcast_media (kind, file_name,"
                    + " content_type, size_bytes, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, kind.name());
            insert.setString(2, fileName);
            insert.setString(3, contentType);
            insert.setLong(4, bytes.length);
            insert.setBytes(5, bytes);
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            return insert;
        }, key);
        return new BroadcastMedia(Objects.requireNonNull(key.getKey()).longValue(), kind, fileName, contentType,
                bytes.length);
    }

    public Optional<BroadcastMedia> find(long id) {
        return jdbc.query("SELECT id, kind, file_name, content_type, size_bytes FROM broadcast_media WHERE id = ?",
                (rs, n) -> new BroadcastMedia(rs.getLong(1), MediaKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5)), id).stream().findFirst();
    }

    public Optional<byte[]> bytes(long id) {
        return jdbc.query("SELECT bytes FROM broadcast_media WHERE id = ?", (rs, n) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    /** The id the messenger gave the file when it was first uploaded there, if it was. */
    public Optional<String> fileId(long mediaId, Channel channel) {
        return jdbc.queryForList("SELECT file_id FROM broadcast_media_upload WHERE media_id = ? AND channel = ?",
                String.class, mediaId, channel.name()).stream().findFirst();
    }

    /** Remembers the messenger's id of an uploaded file; the first one stored stays. */
    public void rememberFileId(long mediaId, Channel channel, String fileId) {
        try {
            jdbc.update("INSERT INTO broadcast_media_upload (media_id, channel, file_id, created_at) VALUES (?, ?, ?, ?)",
                    mediaId, channel.name(), fileId, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // Another sender uploaded it at the same moment; either id works.
        }
    }
}
