package ir.kanoonyar.bot.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.kanoonyar.bot.instance.BotInstance;
import ir.kanoonyar.bot.instance.CheckInListener;
import ir.kanoonyar.bot.instance.InstanceSettings;
import ir.kanoonyar.db.person.Channel;
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
 *
 * <p>One instance at a time polls each messenger (Telegram answers 409 to a second getUpdates): the one
 * holding the messenger's lease in poller_lease ({@link PollerLeases}). Every instance tries at start and
 * at each check-in; the holder renews the lease, another takes it once it has expired (its holder died
 * or lost the database), and a graceful stop gives it up at once. An instance that cannot renew stops
 * polling before its lease runs out. The others still send from the outbox and handle the inbox. The
 * new poller starts from Telegram's first unconfirmed update: what the last one stored without
 * confirming comes again and the unique key drops it.
 */
@Component
public class LongPolling implements SmartLifecycle, CheckInListener {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    static final int LIMIT = 100;
    static final int TIMEOUT_SECONDS = 50;

    private final BotSettings settings;
    private final Messengers messengers;
    private final InboxStore inbox;
    private final PollerLeases leases;
    private final BotInstance instance;
    private final InstanceSettings instanceSettings;
    private final Clock clock;

    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;
    /** The messengers this instance polls now, each with its poller's thread and the last renewal. */
    private final Map<Channel, Polling> polling = new EnumMap<>(Channel.class);
    /** Handed to TelegramBots for the session being registered (it asks for one per session). */
    private ScheduledExecutorService nextExecutor;

    LongPolling(BotSettings settings, Messengers messengers, InboxStore inbox, PollerLeases leases,
                BotInstance instance, InstanceSettings instanceSettings, Clock clock) {
        this.settings = settings;
        this.messengers = messengers;
        this.inbox = inbox;
        this.leases = leases;
        this.instance = instance;
        this.instanceSettings = instanceSettings;
        this.clock = clock;
    }

    private record Polling(ScheduledExecutorService executor, Instant renewedAt) {
    }

    @Override
    public synchronized void start() {
        running = true;
        if (settings.mode() != BotSettings.Mode.POLLING || messengers.enabled().isEmpty()) {
            return;
        }
        application = new TelegramBotsLongPollingApplication(Messenger::jackson2, LongPolling::http, () -> nextExecutor);
        // The application counts as running from its construction: each session starts on registration.
        lead(now());
    }

    /** Whether this instance polls the messenger now. */
    public synchronized boolean polls(Channel channel) {
        return polling.containsKey(channel);
    }

    @Override
    public void checkedIn(Instant now) {
        lead(now);
    }

    @Override
    public synchronized void checkInFailed(Instant now) {
        // Without the database the lease cannot be renewed; before it can expire, stop polling, so
        // that the instance taking it over is the only poller.
        Duration safe = instanceSettings.pollerLease().minus(instanceSettings.checkin());
        for (Channel channel : List.copyOf(polling.keySet())) {
            if (Duration.between(polling.get(channel).renewedAt(), now).compareTo(safe) >= 0) {
                log.warn("Could not renew the long-polling lease of {}; stopping polling it", channel);
                unpoll(channel);
            }
        }
    }

    /** Holds, takes or gives up each messenger's polling as its lease says. */
    private synchronized void lead(Instant now) {
        if (!running || application == null) {
            return;
        }
        for (Messenger messenger : messengers.enabled()) {
            Channel channel = messenger.channel();
            boolean mine;
            try {
                mine = leases.holdOrTake(channel, instance.id(), now, instanceSettings.pollerLease());
            } catch (RuntimeException e) {
                log.info("Could not read the long-polling lease of {} ({})", channel, e.toString());
                checkInFailed(now);
                continue;
            }
            Polling current = polling.get(channel);
            if (mine && current != null) {
                polling.put(channel, new Polling(current.executor(), now));
            } else if (mine) {
                poll(messenger, now);
            } else if (current != null) {
                log.warn("Another bot instance holds the long-polling lease of {}; this one stops polling it", channel);
                unpoll(channel);
            }
        }
    }

    private void poll(Messenger messenger, Instant now) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "long-poll-" + messenger.channel().name().toLowerCase());
            thread.setDaemon(true);
            return thread;
        });
        nextExecutor = executor;
        LenientGetUpdates.Offset offset = new LenientGetUpdates.Offset();
        // One mapper for the session: a new one per poll built Update's deserializers again every time
        // (a fifth of the bot's CPU under load).
        ObjectMapper json = Messenger.jackson2();
        try {
            // The poller's own int offset is ignored: Offset counts stored ids as longs.
            application.registerBot(messenger.token(), messenger::url,
                    ignoredIntOffset -> new LenientGetUpdates(offset, LIMIT, TIMEOUT_SECONDS, json),
                    new StoringConsumer(messenger, offset));
        } catch (Exception e) {
            executor.shutdownNow();
            leases.release(messenger.channel(), instance.id());
            log.warn("Could not start long polling {} ({}); another instance may take it", messenger.channel(),
                    e.toString());
            return;
        } finally {
            nextExecutor = null;
        }
        polling.put(messenger.channel(), new Polling(executor, now));
        log.info("Long polling {} at {} (bot instance {})", messenger.channel(), messenger.url().getHost(), instance);
    }

    private void unpoll(Channel channel) {
        Polling current = polling.remove(channel);
        if (current == null) {
            return;
        }
        messengers.of(channel).ifPresent(messenger -> {
            try {
                application.unregisterBot(messenger.token());
            } catch (Exception e) {
                log.warn("Stopping long polling {}: {}", channel, e.toString());
            }
        });
        current.executor().shutdownNow();
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Channel channel : List.copyOf(polling.keySet())) {
            unpoll(channel);
            try {
                leases.release(channel, instance.id());
            } catch (RuntimeException e) {
                log.info("Could not give up the long-polling lease of {} ({}); it expires by itself", channel,
                        e.toString());
            }
        }
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping long polling: {}", e.toString());
            }
            application = null;
        }
    }

    /**
     * Stops polling without giving the leases up, as a killed process would: another instance takes
     * over once they expire. For tests.
     */
    public synchronized void crash() {
        running = false;
        for (Channel channel : List.copyOf(polling.keySet())) {
            unpoll(channel);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
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
