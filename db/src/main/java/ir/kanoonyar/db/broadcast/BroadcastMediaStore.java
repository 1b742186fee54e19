package ir.kanoonyar.db.broadcast;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The photos and documents of broadcasts, bytes included, kept in the database (the back-office that
 * receives them and the bot that sends them may run on different machines), and the file id each
 * messenger gave back for them. Plain JDBC: the bytes are written and read only here, never loaded
 * with an entity. The bot names a broadcast's file {@code broadcast-media:{id}} in the outbox body
 * ({@link BroadcastBody}) and remembers the messenger's file id in {@code MediaUploads}.
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
    public BroadcastMedia save(MediaKind kind, String typedFileName, String contentType, byte[] bytes) {
        // Shown to staff and sent to people: no bidi override may disguise the name.
        String fileName = PersianText.withoutBidiControls(typedFileName);
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
}
