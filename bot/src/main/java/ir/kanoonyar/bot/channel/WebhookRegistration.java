package ir.kanoonyar.bot.channel;

import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/**
 * In webhook mode, tells each messenger where to post updates. (In polling mode TelegramBots'
 * poller deletes any webhook itself before its first getUpdates.)
 */
@Component
class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final BotSettings settings;
    private final Messengers messengers;

    WebhookRegistration(BotSettings settings, Messengers messengers) {
        this.settings = settings;
        this.messengers = messengers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        if (settings.mode() != BotSettings.Mode.WEBHOOK) {
            return;
        }
        String base = settings.publicUrl().replaceAll("/+$", "");
        for (Messenger messenger : messengers.enabled()) {
            SetWebhook.SetWebhookBuilder<?, ?> webhook = SetWebhook.builder();
            if (messenger.channel() == Channel.TELEGRAM) {
                webhook.url(base + "/webhook/telegram").secretToken(settings.webhookSecret());
            } else {
                webhook.url(base + "/webhook/bale/" + settings.webhookSecret());
            }
            try {
                messenger.client().execute(webhook.build());
                log.info("Webhook of {} set to {}", messenger.channel(), base + "/webhook/…");
            } catch (Exception e) {
                throw new IllegalStateException("Could not set the webhook of " + messenger.channel(), e);
            }
        }
    }
}
