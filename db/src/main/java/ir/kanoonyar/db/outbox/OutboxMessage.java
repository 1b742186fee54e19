package ir.kanoonyar.db.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A message the bot must send. Written by whoever decides it (a staff decision, a reminder job, a
 * broadcast) in the same transaction as that decision; drained by the bot's sender.
 *
 * <p>Life of a row: PENDING until due ({@code notBefore}); SENDING while a sender holds its claim
 * ({@code claimedAt}); then SENT, FAILED or BLOCKED, or back to PENDING for a later try.
 */
@Entity
public class OutboxMessage {

    /** Up to 1 MiB of characters: MEDIUMTEXT on MySQL, VARCHAR on H2, so one migration serves both. */
    private static final int MEDIUMTEXT = 1_048_576;

    /** The width of last_error. */
    static final int ERROR_LENGTH = 1000;

    /** The width of kind. */
    static final int KIND_LENGTH = 32;

    /** The width of dedup_key. */
    static final int DEDUP_KEY_LENGTH = 191;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private long chatId;
    private Long personId;
    private String kind;

    /** Unique when set: a reminder for one subject and period is written at most once. */
    private String dedupKey;

    /** What to send, as the bot's own JSON (text, optional keyboard or file). */
    @Column(length = MEDIUMTEXT)
    private String body;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    /**
     * Sends tried: counted when a sender claims the row, given back when the row returns unjudged
     * (the messenger said "too many requests", or the sender let it go before sending).
     */
    private int attempts;
    private Instant notBefore;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    /** When a sender last claimed the row; set once the row has been tried at all. */
    private Instant claimedAt;

    /** The bot instance that holds the row while it is SENDING (bot_instance), when the sender has one. */
    private String claimedBy;

    @Enumerated(EnumType.STRING)
    private OutboxLane lane = OutboxLane.DIRECT;

    /** The broadcast that wrote this row, if one did. */
    private Long broadcastId;

    protected OutboxMessage() {
    }

    public OutboxMessage(Channel channel, long chatId, Long personId, String kind, String dedupKey, String body,
                         Instant notBefore, Instant createdAt) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.chatId = chatId;
        this.personId = personId;
        this.kind = requireLength(Objects.requireNonNull(kind, "kind"), KIND_LENGTH, "kind");
        this.dedupKey = dedupKey == null ? null : requireLength(dedupKey, DEDUP_KEY_LENGTH, "dedupKey");
        this.body = Objects.requireNonNull(body, "body");
        this.status = OutboxStatus.PENDING;
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A plain text message without a keyboard, for writers that do not know the bot's types (the
     * back-office). The body is the bot's JSON shape {@code {"text":"…","keyboard":{"kind":"NONE","rows":[]}}},
     * written here by hand: db carries no JSON library of its own.
     *
     * @param notBefore when it may go out at the earliest; null for now
     */
    public static OutboxMessage text(Channel channel, long chatId, Long personId, String kind, String dedupKey,
                                     String text, Instant notBefore, Instant now) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        return new OutboxMessage(channel, chatId, personId, kind, dedupKey, textBody(text),
                notBefore == null ? now : notBefore, now);
    }

    /** The JSON body of a plain text message without a keyboard. */
    public static String textBody(String text) {
        return "{\"text\":" + jsonString(text) + ",\"keyboard\":{\"kind\":\"NONE\",\"rows\":[]}}";
    }

    /**
     * The JSON body of a text message with a reply keyboard of plain buttons (each sends its text back):
     * the bot's shape {@code {"text":"…","keyboard":{"kind":"REPLY","rows":[[{"text":"…"}]]}}}.
     */
    public static String replyKeyboardBody(String text, List<List<String>> rows) {
        StringBuilder json = new StringBuilder("{\"text\":").append(jsonString(text))
                .append(",\"keyboard\":{\"kind\":\"REPLY\",\"rows\":[");
        for (int r = 0; r < rows.size(); r++) {
            json.append(r == 0 ? "[" : ",[");
            List<String> row = rows.get(r);
            for (int b = 0; b < row.size(); b++) {
                json.append(b == 0 ? "" : ",").append("{\"text\":").append(jsonString(row.get(b))).append('}');
            }
            json.append(']');
        }
        return json.append("]}}").toString();
    }

    /**
     * The JSON body of a document with its caption: the bot's media shape
     * {@code {"text":"…","keyboard":{…},"media":{"kind":"DOCUMENT","source":"…"}}}; the bot reads the file
     * the source names when it sends the row.
     */
    public static String documentBody(String caption, String source) {
        return mediaBody("DOCUMENT", caption, source);
    }

    /** The JSON body of a file of that kind (PHOTO, DOCUMENT, VIDEO) with its caption, as {@link #documentBody}. */
    public static String mediaBody(String kind, String caption, String source) {
        String body = textBody(caption);
        return body.substring(0, body.length() - 1) + ",\"media\":{\"kind\":" + jsonString(kind) + ",\"source\":"
                + jsonString(source) + "}}";
    }

    /**
     * A body of {@link #textBody} or {@link #mediaBody} with one inline button under it instead of no
     * keyboard; {@code data} is the button's callback data as the bot's ButtonCodec reads it.
     */
    public static String withInlineButton(String body, String text, String data) {
        String none = "\"keyboard\":{\"kind\":\"NONE\",\"rows\":[]}";
        if (!body.contains(none)) {
            throw new IllegalArgumentException("Not a body without a keyboard: " + body);
        }
        return body.replace(none, "\"keyboard\":{\"kind\":\"INLINE\",\"rows\":[[{\"text\":" + jsonString(text)
                + ",\"data\":" + jsonString(data) + "}]]}");
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes, control characters and lone surrogates escaped. */
    static String jsonString(String value) {
        StringBuilder json = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(json, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        json.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // Half a pair cannot be stored as UTF-8; the escape keeps it as it was.
                        unicodeEscape(json, c);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static void unicodeEscape(StringBuilder json, char c) {
        json.append(String.format("\\u%04x", (int) c));
    }

    private static String requireLength(String value, int max, String what) {
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters: " + value);
        }
        return value;
    }

    private static String clip(String error) {
        if (error == null || error.length() <= ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private void requireStatus(OutboxStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("outbox message " + id + " is " + status + ", not " + expected);
        }
    }

    /** This row waits in the bulk lane: sent after every due direct row. */
    public OutboxMessage inBulkLane() {
        this.lane = OutboxLane.BULK;
        return this;
    }

    /** This row is one of a broadcast's: bulk, and counted in its progress. */
    public OutboxMessage ofBroadcast(long broadcastId) {
        this.broadcastId = broadcastId;
        return inBulkLane();
    }

    public OutboxLane getLane() {
        return lane;
    }

    public Long getBroadcastId() {
        return broadcastId;
    }

    /** A sender takes the row to send it now: one more attempt. */
    public void claim(Instant now) {
        requireStatus(OutboxStatus.PENDING);
        status = OutboxStatus.SENDING;
        claimedAt = Objects.requireNonNull(now, "now");
        attempts++;
    }

    /** Whether the row is still held by the claim made at that instant (a lease not lost to another sender). */
    public boolean isClaimedAt(Instant claim) {
        return status == OutboxStatus.SENDING && claimedAt != null && claimedAt.equals(claim);
    }

    /** The sender still holds the row and is about to send it: the lease starts again. */
    public void renewClaim(Instant now) {
        requireStatus(OutboxStatus.SENDING);
        claimedAt = Objects.requireNonNull(now, "now");
    }

    public void markSent(Instant now) {
        requireStatus(OutboxStatus.SENDING);
        status = OutboxStatus.SENT;
        sentAt = Objects.requireNonNull(now, "now");
        lastError = null;
    }

    /** The attempt failed but may work later: pending again from that instant on; the attempt counts. */
    public void retryAt(Instant notBefore, String error) {
        requireStatus(OutboxStatus.SENDING);
        status = OutboxStatus.PENDING;
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        lastError = clip(error);
    }

    /**
     * Back to pending without the attempt counting: the messenger asked to wait (429), or the sender
     * let the row go before sending it.
     */
    public void postpone(Instant notBefore, String reason) {
        requireStatus(OutboxStatus.SENDING);
        status = OutboxStatus.PENDING;
        attempts = Math.max(0, attempts - 1);
        if (notBefore != null && notBefore.isAfter(this.notBefore)) {
            this.notBefore = notBefore;
        }
        if (reason != null) {
            lastError = clip(reason);
        }
    }

    public void markFailed(String error) {
        requireStatus(OutboxStatus.SENDING);
        status = OutboxStatus.FAILED;
        lastError = clip(error);
    }

    /** The person blocked the bot: from a pending row (known before sending) or a sending one (a 403). */
    public void markBlocked(String reason) {
        if (status != OutboxStatus.PENDING && status != OutboxStatus.SENDING) {
            throw new IllegalStateException("outbox message " + id + " is " + status + ", cannot be blocked");
        }
        status = OutboxStatus.BLOCKED;
        lastError = clip(reason);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getChatId() {
        return chatId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getKind() {
        return kind;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
