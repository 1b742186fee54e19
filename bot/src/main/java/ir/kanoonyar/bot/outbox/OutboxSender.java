package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.instance.BotInstance;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Drains the outbox: claims due rows, sends them through the {@link ChatSender} of their channel, a
 * bounded number at once, and records how it went. Several senders (bot instances sharing the
 * database) can drain at once; each row goes to one of them.
 *
 * <p>The steps, which {@link OutboxLoop} runs as a pipeline and {@link #drainOnce()} runs once in order:
 * <ol>
 * <li>Rows whose claim outlived the lease (their sender died mid-send) go back to PENDING.</li>
 * <li>Claim ({@link OutboxClaims#take}): in one short transaction, due rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} (rows another sender is claiming are skipped, not waited for) and
 * marked SENDING with the claim time, in one statement. DIRECT rows are claimed first, then BULK rows
 * fill the rest, each lane read in id order through the (status, lane, id) index. At most one row per
 * chat is in flight, and a chat's rows of one lane go out in id order (a reply does not wait for a
 * broadcast to reach its chat). Rows to a chat whose person blocked the bot are marked BLOCKED instead;
 * rows to a chat that received a message too recently stay PENDING for a later claim.</li>
 * <li>Pace and hand over: held rows go out in {@link Claim#SENDING_ORDER} (direct rows first). Each
 * waits for the bot's rate limit (one pacing thread, so the limit holds however many sends are in
 * flight) and then for a free worker: up to {@code workers} HTTP sends run at once, so the rate is
 * not capped by the messenger's round trip. A channel paused by a 429 gives its rows back unsent.</li>
 * <li>Send, outside any transaction. A claim is renewed first only when half its lease has passed
 * (a sender that lost the row sends nothing).</li>
 * <li>Record ({@link OutboxClaims#settle}): outcomes are written in batches, one transaction per
 * batch and one statement for all deliveries, each on the claim this sender still holds: SENT; on 429
 * PENDING again after the given delay, without counting the attempt, and the channel pauses for that
 * long at once; on 403 BLOCKED, with the person's chat marked blocked and the chat's other pending
 * rows BLOCKED; on a network error or 5xx PENDING again after an exponential backoff, or FAILED after
 * the last attempt; on any other error FAILED.</li>
 * </ol>
 *
 * <p>A row is never sent twice by one sender, nor by two senders while its claim holds. The one way a
 * row can go out twice: a sender dies (or hangs for longer than the lease) after the messenger took
 * the message and before SENT was recorded; when the lease expires the row returns to PENDING and is
 * sent again. Delivery is therefore at least once, and twice only for rows in flight at such a crash.
 * A graceful stop ({@link OutboxLoop#stop()}) lets the sends in flight finish and be recorded and
 * gives every held but unsent row back.
 */
public class OutboxSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Map<Channel, ChatSender> senders;
    private final OutboxSettings settings;
    private final Sleeper sleeper;
    private final RateLimiter limiter;
    private final OutboxClaims claims;
    private final ExecutorService workers;
    /** A permit per worker: the pacing thread waits for one, so sends queue nowhere but in the outbox. */
    private final Semaphore freeWorkers;

    public OutboxSender(OutboxMessageRepository outbox, PersonChatRepository chats,
                        PlatformTransactionManager transactionManager, Collection<? extends ChatSender> senders,
                        OutboxSettings settings, Clock clock, Sleeper sleeper) {
        this(outbox, chats, transactionManager, senders, settings, clock, sleeper, null);
    }

    /**
     * A sender of a bot instance that checks in ({@link ir.kanoonyar.bot.instance.Heartbeat}): its claims
     * name the instance, so others give its rows back soon after it stops checking in, not after the
     * lease. Without an instance (null) only the lease does.
     */
    public OutboxSender(OutboxMessageRepository outbox, PersonChatRepository chats,
                        PlatformTransactionManager transactionManager, Collection<? extends ChatSender> senders,
                        OutboxSettings settings, Clock clock, Sleeper sleeper, BotInstance instance) {
        this.senders = bySenderChannel(senders);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.limiter = new RateLimiter(settings.ratePerBot(), settings.ratePerChat(), settings.chatBurst(), Objects.requireNonNull(clock));
        this.claims = new OutboxClaims(outbox, chats, transactionManager, settings, clock, limiter, instance);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "outbox-send-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.freeWorkers = new Semaphore(settings.workers());
    }

    private static Map<Channel, ChatSender> bySenderChannel(Collection<? extends ChatSender> senders) {
        Map<Channel, ChatSender> map = new EnumMap<>(Channel.class);
        for (ChatSender sender : senders) {
            if (!sender.enabled()) {
                // A messenger without a token here: leave its rows to an instance that has one.
                continue;
            }
            ChatSender other = map.put(sender.channel(), sender);
            if (other != null) {
                throw new IllegalStateException("Two chat senders for " + sender.channel() + ": " + other + " and " + sender);
            }
        }
        return Map.copyOf(map);
    }

    /** The channels this sender drains: those it has a {@link ChatSender} for. */
    public Set<Channel> channels() {
        return senders.keySet();
    }

    OutboxClaims claims() {
        return claims;
    }

    /** The channels rows may be claimed for now: those not paused by a 429. */
    List<Channel> openChannels() {
        return senders.keySet().stream().filter(channel -> limiter.pausedUntil(channel) == null).toList();
    }

    /**
     * One round: claims up to a batch of due rows (direct first), sends them and records how it went,
     * returning when every send has been recorded.
     *
     * @return the rows taken out of PENDING in this round (sent, failed, blocked or tried and put back)
     */
    public synchronized int drainOnce() {
        if (senders.isEmpty()) {
            return 0;
        }
        claims.releaseExpired();
        int limit = Math.min(settings.batchSize(), settings.maxHeld());
        OutboxClaims.Taken taken = claims.take(openChannels(), limit, limit);
        List<Claim> held = new ArrayList<>(taken.claims());
        held.sort(Claim.SENDING_ORDER);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < held.size(); i++) {
            if (!dispatch(held.get(i), outcomes::add)) {
                giveBack(held.subList(i, held.size()), outcomes::add, "the sender was interrupted before sending");
                break;
            }
        }
        awaitIdleWorkers(Duration.ofDays(1));
        claims.settle(outcomes);
        return taken.blocked() + (int) outcomes.stream().filter(Outcome.Tried.class::isInstance).count();
    }

    static void giveBack(List<Claim> held, Consumer<Outcome> sink, String reason) {
        for (Claim claim : held) {
            sink.accept(new Outcome.Unsent(claim, null, reason));
        }
    }

    /**
     * Paces one held row and hands it to a worker, whose outcome goes to the sink; a row of a paused
     * channel goes to the sink unsent. Waits for the rate limit and then for a free worker.
     *
     * @return false when interrupted before the row was handed over (it is then still held: the caller
     *         gives it back)
     */
    boolean dispatch(Claim claim, Consumer<Outcome> sink) {
        try {
            freeWorkers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean handedOver = false;
        try {
            // Checked after a worker came free: with one worker, a 429 the last send met is known here.
            Instant pausedUntil = limiter.pausedUntil(claim.channel());
            if (pausedUntil != null) {
                sink.accept(new Outcome.Unsent(claim, pausedUntil, "429 earlier: " + claim.channel() + " paused"));
                return true;
            }
            Duration wait = limiter.reserve(claim.channel(), claim.chatId());
            if (!wait.isZero()) {
                sleeper.sleep(wait);
                // A 429 may have come back while this slot was awaited: the slot was booked before
                // it, and sending in it would break the messenger's retry_after.
                pausedUntil = limiter.pausedUntil(claim.channel());
                if (pausedUntil != null) {
                    sink.accept(new Outcome.Unsent(claim, pausedUntil, "429 while waiting: " + claim.channel() + " paused"));
                    return true;
                }
            }
            workers.execute(() -> {
                try {
                    send(claim, sink);
                } finally {
                    freeWorkers.release();
                }
            });
            handedOver = true;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RejectedExecutionException e) {
            // The sender was closed: the row stays held and goes back through the caller.
            return false;
        } finally {
            if (!handedOver) {
                freeWorkers.release();
            }
        }
    }

    private void send(Claim claim, Consumer<Outcome> sink) {
        Claim held = claims.renewIfAging(claim);
        if (held == null) {
            log.warn("Outbox row {} is no longer held by this sender (its lease expired); not sending it", claim.id());
            return;
        }
        // Last look before the wire: another worker's send may have met a 429 since this one was paced.
        Instant pausedUntil = limiter.pausedUntil(held.channel());
        if (pausedUntil != null) {
            sink.accept(new Outcome.Unsent(held, pausedUntil, "429 before sending: " + held.channel() + " paused"));
            return;
        }
        SendResult result = attempt(held);
        Instant at = claims.now();
        if (result instanceof SendResult.RetryAfter retry) {
            // At once, not when the outcome is written: no further send on this bot before then.
            limiter.pause(held.channel(), at.plus(retryDelay(retry)));
            log.info("{} asked to wait {} s (429); pausing that channel", held.channel(), retryDelay(retry).toSeconds());
        }
        sink.accept(new Outcome.Tried(held, result, at));
    }

    static Duration retryDelay(SendResult.RetryAfter retry) {
        return retry.delay() == null || retry.delay().compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1) : retry.delay();
    }

    private SendResult attempt(Claim claim) {
        Reply reply;
        try {
            reply = OutboxBody.read(claim.body());
        } catch (IllegalArgumentException e) {
            return new SendResult.PermanentFailure(e.getMessage());
        }
        try {
            SendResult result = senders.get(claim.channel()).send(claim.chatId(), reply);
            return result != null ? result : new SendResult.TransientFailure("the chat sender returned no result");
        } catch (RuntimeException e) {
            log.warn("Sending outbox row {} to {} chat {} threw", claim.id(), claim.channel(), claim.chatId(), e);
            return new SendResult.TransientFailure(e.toString());
        }
    }

    /** Waits until no send is in flight; false when some still were after the wait. */
    boolean awaitIdleWorkers(Duration atMost) {
        int all = settings.workers();
        try {
            if (freeWorkers.tryAcquire(all, atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                freeWorkers.release(all);
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends in flight now. */
    int inFlight() {
        return settings.workers() - freeWorkers.availablePermits();
    }

    /**
     * Ends the workers at once, as a killed process would: sends in flight are interrupted or finish
     * unrecorded. Used when the app closes (after {@link OutboxLoop#stop()} let them finish) and by
     * tests that crash a sender.
     */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
