package ir.kanoonyar.bot.channel;

import java.time.Duration;
import java.util.List;

import ir.kanoonyar.bot.inbox.InboxStore;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with TelegramBots' own poller, wired by hand (its Spring starter targets Boot 3).
 * The poller asks for the next offset only after the consumer returns, and the consumer returns
 * only once every update of the batch is stored: a crash at any moment leaves Telegram holding
 * whatever was not stored, and the unique key drops what comes twice.
 */
@Component
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    static final int LIMIT = 100;
    static final int TIMEOUT_SECONDS = 50;

    private final BotSettings settings;
    private final Messengers messengers;
    private final InboxStore inbox;

    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;

    LongPolling(BotSettings settings, Messengers messengers, InboxStore inbox) {
        this.settings = settings;
        this.messengers = messengers;
        this.inbox = inbox;
    }

    @Override
    public void start() {
        running = true;
        if (settings.mode() != BotSettings.Mode.POLLING || messengers.enabled().isEmpty()) {
            return;
        }
        application = new TelegramBotsLongPollingApplication(Messenger::jackson2, LongPolling::http);
        try {
            for (Messenger messenger : messengers.enabled()) {
                LenientGetUpdates.Offset offset = new LenientGetUpdates.Offset();
                // The poller's own int offset is ignored: Offset counts stored ids as longs.
                application.registerBot(messenger.token(), messenger::url,
                        ignoredIntOffset -> new LenientGetUpdates(offset, LIMIT, TIMEOUT_SECONDS, Messenger.jackson2()),
                        new StoringConsumer(messenger, offset));
                log.info("Long polling {} at {}", messenger.channel(), messenger.url().getHost());
            }
            // The application counts as running from its construction: each session starts on registration.
        } catch (Exception e) {
            throw new IllegalStateException("Could not start long polling", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping long polling: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static OkHttpClient http() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(TIMEOUT_SECONDS + 25))
                .build();
    }

    /** Stores each update before returning; while the database is down it waits rather than move on. */
    private final class StoringConsumer implements LongPollingUpdateConsumer {

        private final Messenger messenger;
        private final LenientGetUpdates.Offset offset;

        StoringConsumer(Messenger messenger, LenientGetUpdates.Offset offset) {
            this.messenger = messenger;
            this.offset = offset;
        }

        @Override
        public void consume(List<Update> updates) {
            for (Update update : updates) {
                LenientGetUpdates.RawUpdate raw = offset.take(update.getUpdateId());
                if (raw == null) {
                    continue;
                }
                if (storeUntilDone(raw.updateId(), raw.json())) {
                    offset.stored(raw.updateId());
                }
            }
        }

        /** @return false when stopped before it was stored (the update is then not acknowledged) */
        private boolean storeUntilDone(long updateId, String json) {
            long backoff = 200;
            while (running) {
                try {
                    store(updateId, json);
                    return true;
                } catch (RuntimeException e) {
                    log.warn("Could not store update {} of {} ({}); retrying in {} ms", updateId,
                            messenger.channel(), e.toString(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
            return false;
        }

        private void store(long updateId, String json) {
            try {
                inbox.store(messenger.channel(), UpdateEnvelope.read(json));
            } catch (UpdateEnvelope.MalformedUpdateException e) {
                inbox.storeUnreadable(messenger.channel(), updateId, json, e.getMessage());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
