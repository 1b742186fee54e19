package ir.kanoonyar.db.broadcast;

import java.time.Instant;
import java.util.Objects;

import ir.kanoonyar.db.kanoon.KanoonAudience;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A message staff send to a segment. Its region (province, county) is both the segment's and the
 * broadcast's scope. The recipients live in the outbox (rows with this broadcast's id); this row
 * keeps what was asked and where it stands.
 */
@Entity
public class Broadcast {

    /** The longest text: Telegram's limit for a message. */
    public static final int MAX_TEXT = 4096;

    /** The longest text under a photo or a document: Telegram's limit for a caption. */
    public static final int MAX_CAPTION = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String createdBy;
    private Long provinceId;
    private Long countyId;

    @Enumerated(EnumType.STRING)
    private SegmentRole segmentRole;

    @Enumerated(EnumType.STRING)
    private KanoonAudience kanoonAudience;

    @Enumerated(EnumType.STRING)
    private KanoonArea kanoonArea;

    private String text;
    private Long mediaId;

    @Enumerated(EnumType.STRING)
    private BroadcastStatus status;

    private Instant scheduledAt;

    /** How many chats it was enqueued for; null until it is. */
    private Integer recipients;

    private Instant createdAt;
    private Instant enqueuedAt;
    private Instant finishedAt;
    /** The outcome counts, kept here once the outbox rows they were counted from are deleted. */
    private Integer sentCount;
    private Integer failedCount;
    private Integer blockedCount;
    private Integer cancelledCount;
    private Instant archivedAt;

    /**
     * The status its waiting outbox rows were last fully moved for ({@link BroadcastRowMoves}); while it
     * differs from {@link #status}, the rows are still being held, released or cancelled.
     */
    @Enumerated(EnumType.STRING)
    private BroadcastStatus rowsMovedFor;

    @Version
    private long version;

    protected Broadcast() {
    }

    public Broadcast(String createdBy, Segment segment, String text, Long mediaId, Instant createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.provinceId = segment.provinceId();
        this.countyId = segment.countyId();
        this.segmentRole = segment.role();
        this.kanoonAudience = segment.audience();
        this.kanoonArea = segment.area();
        this.text = Objects.requireNonNull(text, "text");
        int max = mediaId == null ? MAX_TEXT : MAX_CAPTION;
        if (text.length() > max || (text.isBlank() && mediaId == null)) {
            throw new IllegalArgumentException("a broadcast needs 1 to " + max + " characters of text");
        }
        this.mediaId = mediaId;
        this.status = BroadcastStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Segment segment() {
        return new Segment(provinceId, countyId, segmentRole, kanoonAudience, kanoonArea);
    }

    private void moveTo(BroadcastStatus target) {
        status.checkMoveTo(target);
        status = target;
        // Whatever the rows were moved for before, a new status asks for a new move: a pause after a
        // resume whose move was cut short must not pass for the pause before it.
        rowsMovedFor = null;
    }

    public void schedule(Instant at) {
        moveTo(BroadcastStatus.SCHEDULED);
        scheduledAt = Objects.requireNonNull(at, "at");
    }

    /** Its recipients were written to the outbox. */
    public void enqueued(int recipients, Instant now) {
        moveTo(BroadcastStatus.SENDING);
        this.recipients = recipients;
        enqueuedAt = now;
        // Written PENDING, as a sending broadcast's rows should be.
        rowsMovedFor = BroadcastStatus.SENDING;
    }

    /** Whether its waiting rows are still on their way to what its status asks (HELD, PENDING or CANCELLED). */
    public boolean rowsMoving() {
        return BroadcastRowMoves.MOVED_FOR.contains(status) && rowsMovedFor != status;
    }

    public void pause() {
        moveTo(BroadcastStatus.PAUSED);
    }

    public void resume() {
        moveTo(BroadcastStatus.SENDING);
    }

    public void cancel(Instant now) {
        moveTo(BroadcastStatus.CANCELLED);
        finishedAt = now;
    }

    public void done(Instant now) {
        moveTo(BroadcastStatus.DONE);
        finishedAt = now;
    }

    /**
     * Keeps the final figures on the broadcast before its outbox rows are deleted.
     *
     * @throws IllegalStateException unless it is done or cancelled with nothing left to send
     */
    public void archive(BroadcastProgress figures, Instant now) {
        if (!status.isFinal() || figures.left() > 0) {
            throw new IllegalStateException("broadcast " + id + " is " + status + " with " + figures.left() + " left");
        }
        sentCount = Math.toIntExact(figures.sent());
        failedCount = Math.toIntExact(figures.failed());
        blockedCount = Math.toIntExact(figures.blocked());
        cancelledCount = Math.toIntExact(figures.cancelled());
        archivedAt = now;
    }

    /** The figures kept by {@link #archive}; null while they are counted from the outbox. */
    public BroadcastProgress archivedProgress() {
        return archivedAt == null ? null
                : new BroadcastProgress(sentCount, failedCount, blockedCount, cancelledCount, 0, 0, null);
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public SegmentRole getSegmentRole() {
        return segmentRole;
    }

    public KanoonAudience getKanoonAudience() {
        return kanoonAudience;
    }

    public KanoonArea getKanoonArea() {
        return kanoonArea;
    }

    public String getText() {
        return text;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public BroadcastStatus getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Integer getRecipients() {
        return recipients;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
