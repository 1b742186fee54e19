package ir.kanoonyar.db.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo of a kanoon's installed sign: sent by its manager in the bot (only the manager of a kanoon
 * whose licence holds today), then confirmed by county staff against the checklist or sent back with
 * a reason; the manager is told either way, in the same transaction. "Sign confirmed" (and since when)
 * is the kanoon's latest confirmed photo, a fact evaluation can read through {@link #confirmedOn}.
 */
@Service
public class SignPhotos {

    private final SignPhotoRepository photos;
    private final KanoonRepository kanoons;
    private final IdentityNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SignPhotos(SignPhotoRepository photos, KanoonRepository kanoons, IdentityNotices notices,
                      JdbcTemplate jdbc, Clock clock) {
        this.photos = photos;
        this.kanoons = kanoons;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a person may send the sign photo of a kanoon, and if so its name. */
    public sealed interface Permission {
    }

    public record Allowed(long kanoonId, String kanoonName) implements Permission {
    }

    /** Not the kanoon's manager, or no such kanoon (a forged button): the same answer. */
    public record NotManager() implements Permission {
    }

    public record NoValidLicence(String kanoonName) implements Permission {
    }

    @Transactional(readOnly = true)
    public Permission permission(Long personId, long kanoonId) {
        Optional<Kanoon> kanoon = kanoons.findById(kanoonId);
        if (personId == null || kanoon.isEmpty() || !personId.equals(kanoon.get().getManagerPersonId())) {
            return new NotManager();
        }
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        Integer valid = jdbc.queryForObject("SELECT COUNT(*) FROM licence WHERE kanoon_id = ? AND status = 'VALID'"
                + " AND issued_on <= ? AND valid_until >= ?", Integer.class, kanoonId, java.sql.Date.valueOf(today),
                java.sql.Date.valueOf(today));
        if (valid == null || valid == 0) {
            return new NoValidLicence(kanoon.get().getName());
        }
        return new Allowed(kanoonId, kanoon.get().getName());
    }

    /**
     * Keeps the photo (an attachment already checked by its bytes) as the kanoon's waiting one; a photo
     * still waiting from before is answered by this one. Refused as {@link #permission} refuses.
     */
    @Transactional
    public Permission received(Long personId, long kanoonId, long attachmentId) {
        Permission permission = permission(personId, kanoonId);
        if (permission instanceof Allowed) {
            Instant now = clock.instant();
            photos.findByKanoonIdAndStatus(kanoonId, SignPhotoStatus.WAITING).forEach(p -> p.replaced(now));
            photos.save(new SignPhoto(kanoonId, attachmentId, personId, now));
        }
        return permission;
    }

    /** A photo with its kanoon's names and place, for the staff's pages. */
    public record Waiting(long id, long kanoonId, String kanoonName, String mosqueName, String countyName,
                          long provinceId, long countyId, long attachmentId, Instant sentAt,
                          SignPhotoStatus status, String fixReason) {
    }

    private static final String SELECT = "SELECT s.id, s.kanoon_id, k.name AS kanoon_name, m.name AS mosque_name,"
            + " c.name AS county_name, k.province_id, k.county_id, s.attachment_id, s.sent_at, s.status, s.fix_reason"
            + " FROM sign_photo s JOIN kanoon k ON k.id = s.kanoon_id LEFT JOIN mosque m ON m.id = k.mosque_id"
            + " JOIN county c ON c.id = k.county_id";

    /** The waiting photos of a region (a province, a county or both null for all), oldest first. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(Long provinceId, Long countyId) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE s.status = 'WAITING'");
        List<Object> args = new ArrayList<>();
        if (provinceId != null) {
            sql.append(" AND k.province_id = ?");
            args.add(provinceId);
        }
        if (countyId != null) {
            sql.append(" AND k.county_id = ?");
            args.add(countyId);
        }
        sql.append(" ORDER BY s.sent_at, s.id LIMIT 200");
        return jdbc.query(sql.toString(), (rs, n) -> waiting(rs), args.toArray());
    }

    @Transactional(readOnly = true)
    public Optional<Waiting> find(long id) {
        return jdbc.query(SELECT + " WHERE s.id = ?", (rs, n) -> waiting(rs), id).stream().findFirst();
    }

    /** Confirms a waiting photo; false when it is no longer waiting. */
    @Transactional
    public boolean confirm(long id, String by) {
        Optional<SignPhoto> photo = photos.findById(id).filter(p -> p.getStatus() == SignPhotoStatus.WAITING);
        if (photo.isEmpty()) {
            return false;
        }
        photo.get().confirm(by, clock.instant());
        Kanoon kanoon = kanoons.findById(photo.get().getKanoonId()).orElseThrow();
        notices.confirmed(kanoon.getName(), kanoon.getManagerPersonId());
        return true;
    }

    /** Sends a waiting photo back with the reason; false when it is no longer waiting. */
    @Transactional
    public boolean askFix(long id, String reason, String by) {
        Optional<SignPhoto> photo = photos.findById(id).filter(p -> p.getStatus() == SignPhotoStatus.WAITING);
        if (photo.isEmpty()) {
            return false;
        }
        photo.get().askFix(reason.strip(), by, clock.instant());
        Kanoon kanoon = kanoons.findById(photo.get().getKanoonId()).orElseThrow();
        notices.fixAsked(kanoon.getName(), reason.strip(), kanoon.getManagerPersonId(), kanoon.getId());
        return true;
    }

    /** The day (Tehran) the kanoon's sign was last confirmed; empty when it never was. */
    @Transactional(readOnly = true)
    public Optional<JalaliDate> confirmedOn(long kanoonId) {
        return photos.findFirstByKanoonIdAndStatusOrderByDecidedAtDesc(kanoonId, SignPhotoStatus.CONFIRMED)
                .map(p -> JalaliDate.of(p.getDecidedAt(), JalaliDate.TEHRAN));
    }

    private static Waiting waiting(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Waiting(rs.getLong("id"), rs.getLong("kanoon_id"), rs.getString("kanoon_name"),
                rs.getString("mosque_name") == null ? "" : rs.getString("mosque_name"), rs.getString("county_name"),
                rs.getLong("province_id"), rs.getLong("county_id"), rs.getLong("attachment_id"), sent.toInstant(),
                SignPhotoStatus.valueOf(rs.getString("status")), rs.getString("fix_reason"));
    }
}
