package ir.kanoonyar.db.broadcast;

import ir.kanoonyar.db.outbox.OutboxMessage;

/**
 * The outbox body of a broadcast: the bot's reply JSON (see {@link OutboxMessage#textBody}) with, when
 * there is a photo or document, {@code "media":{"kind":"PHOTO"|"DOCUMENT","source":"broadcast-media:{id}"}};
 * the bot reads the bytes by that source when it sends.
 */
public final class BroadcastBody {

    /** How an outbox body names a broadcast's file: this and the broadcast_media id. */
    public static final String SOURCE_PREFIX = "broadcast-media:";

    private BroadcastBody() {
    }

    static String of(String text, BroadcastMedia media) {
        String body = OutboxMessage.textBody(text);
        if (media == null) {
            return body;
        }
        return body.substring(0, body.length() - 1) + ",\"media\":{\"kind\":\"" + media.kind().name()
                + "\",\"source\":\"" + SOURCE_PREFIX + media.id() + "\"}}";
    }
}
