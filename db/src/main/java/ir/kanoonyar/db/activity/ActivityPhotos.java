package ir.kanoonyar.db.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The photos of reports (activity_report_photo), in plain JDBC so that their bytes are read only
 * when a photo is shown. A photo whose sha256 is already a photo of another report points at that
 * report ({@code duplicateOfReportId}).
 */
@Component
public class ActivityPhotos {

    /** A photo without its bytes. */
    public record Photo(long id, long reportId, int position, String contentType, long sizeBytes, String sha256,
                        Long duplicateOfReportId) {
    }

    /** The bytes of a photo and their type. */
    public record Content(String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;

    public ActivityPhotos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The earliest other report that has a photo with these bytes, if any. */
    Optional<Long> reportWithSameBytes(String sha256, long exceptReportId) {
        return jdbc.queryForList("SELECT MIN(report_id) FROM activity_report_photo WHERE sha256 = ? AND report_id <> ?",
                Long.class, sha256, exceptReportId).stream().filter(id -> id != null).findFirst();
    }

    void add(long reportId, int position, String contentType, byte[] bytes, String sha256, Long duplicateOf,
             Instant now) {
        jdbc.update("INSERT INTO activity_report_photo (report_id, position, content_type, size_bytes, sha256, content,"
                        + " duplicate_of_report_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                reportId, position, contentType, bytes.length, sha256, bytes, duplicateOf, Timestamp.from(now));
    }

    public List<Photo> of(long reportId) {
        return jdbc.query("SELECT id, report_id, position, content_type, size_bytes, sha256, duplicate_of_report_id"
                        + " FROM activity_report_photo WHERE report_id = ? ORDER BY position",
                (rs, n) -> new Photo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), (Long) rs.getObject(7, Long.class)), reportId);
    }

    /** A photo's bytes, only when it belongs to that report (the caller checked who may see the report). */
    public Optional<Content> content(long reportId, long photoId) {
        return jdbc.query("SELECT content_type, content FROM activity_report_photo WHERE id = ? AND report_id = ?",
                (rs, n) -> new Content(rs.getString(1), rs.getBytes(2)), photoId, reportId).stream().findFirst();
    }
}
