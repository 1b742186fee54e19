package ir.kanoonyar.bot.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBody the largest update accepted (KANOONYAR_WEBHOOK_MAX_BODY, default 1 MB): a webhook
 *                body over it is answered 413 without being read, and an update over it that long
 *                polling brings is not stored whole. Telegram's updates are a few kilobytes; the
 *                limit keeps memory bounded and every insert far below the database's packet size.
 */
@ConfigurationProperties("kanoonyar.webhook")
public record WebhookSettings(DataSize maxBody) {

    public WebhookSettings {
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        if (maxBody.toBytes() < 1024 || maxBody.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("KANOONYAR_WEBHOOK_MAX_BODY must be between 1KB and 2GB: " + maxBody);
        }
    }

    public int maxBytes() {
        return (int) maxBody.toBytes();
    }
}
