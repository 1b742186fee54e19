package ir.kanoonyar.db.broadcast;

import ir.kanoonyar.db.outbox.OutboxMessage;

/**
 * The outbox body of a broadcast: the bot's reply JSON (see {@link OutboxMessage#textBody}) with, when
 * there is a photo or document, {@code "media":{"id":…,"kind":"PHOTO"|"DOCUMENT"}}; the bot reads the
 * bytes by that id.
 */
final class BroadcastBody {

    private BroadcastBody() {
    }

    static String of(String text, BroadcastMedia media) {
        String body = OutboxMessage.textBody(text);
        if (media == null) {
            return body;
        }
        return body.substring(0, body.length() - 1) + ",\"media\":{\"id\":" + media.id() + ",\"kind\":\""
                + media.kind().name() + "\"}}";
    }
}
