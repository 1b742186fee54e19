package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.channel.ChatSender;
import ir.kanoonyar.bot.channel.SendResult;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: claims due rows, sends each through the {@link ChatSender} of its channel and
 * records how it went. Several senders (threads, or bot instances sharing the database) can drain at
 * once; each row goes to one of them.
 *
 * <p>A round ({@link #drainOnce()}):
 * <ol>
 * <li>Rows whose claim outlived the lease (their sender died mid-send) go back to PENDING.</li>
 * <li>In one short transaction, due rows are locked with {@code FOR UPDATE SKIP LOCKED} (rows another
 * sender is claiming are skipped, not waited for) and marked SENDING with the claim time. At most
 * one row per chat, and only the chat's earliest open row, so a chat's messages go out in id order.
 * Rows to a chat whose person blocked the bot are marked BLOCKED instead; rows to a chat that
 * received a message too recently stay PENDING for a later round.</li>
 * <li>Outside any transaction, each claimed row waits for the bot's rate limit, its claim is renewed
 * (a sender that lost it sends nothing) and it is sent.</li>
 * <li>Each outcome is recorded in its own short transaction, on the claim this sender still holds:
 * SENT; on 429 PENDING again after the given delay, without counting the attempt, and the channel
 * pauses for that long; on 403 BLOCKED, with the person's chat marked blocked and the chat's other
 * pending rows BLOCKED; on a network error or 5xx PENDING again after an exponential backoff, or
 * FAILED after the last attempt; on any other error FAILED.</li>
 * </ol>
 *
 * <p>A row is never sent twice by one sender, nor by two senders while its claim holds. The one way a
 * row can go out twice: a sender crashes (or hangs for longer than the lease) after the messenger
 * took the message and before SENT was recorded; when the lease expires the row returns to PENDING
 * and is sent again. Delivery is therefore at least once, and twice only after such a crash.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** How often a step is tried when the database reports a transient error (deadlock, lock wait). */
    private static final int TRIES = 5;

    private final OutboxMessageRepository outbox;
    private final PersonChatRepository chats;
    private final TransactionTemplate tx;
    private final Map<Channel, ChatSender> senders;
    private final OutboxSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RateLimiter limiter;

    public OutboxSender(OutboxMessageRepository outbox, PersonChatRepository chats,
                        PlatformTransactionManager transactionManager, Collection<? extends ChatSender> senders,
                        OutboxSettings settings, Clock clock, Sleeper sleeper) {
        this.outbox = outbox;
        this.chats = chats;
        // Read committed: the sender's short transactions lock the rows they touch and no gaps between
        // them, so they neither hold up writers of new rows nor deadlock with each other's claims.
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.senders = bySenderChannel(senders);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.limiter = new RateLimiter(settings.ratePerBot(), settings.ratePerChat(), clock);
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

    /**
     * One round: claims up to a batch of due rows and sends them.
     *
     * @return the rows taken out of PENDING in this round (sent, failed, blocked or tried and put back)
     */
    public int drainOnce() {
        return drainOnce(() -> false);
    }

    /**
     * One round that stops early when asked: rows claimed but not yet sent go back to PENDING as they
     * were.
     */
    synchronized int drainOnce(BooleanSupplier stopRequested) {
        if (senders.isEmpty()) {
            return 0;
        }
        releaseExpiredClaims();
        ClaimedBatch batch = claim();
        int handled = batch.blocked();
        List<Claim> claims = batch.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (stopRequested.getAsBoolean()) {
                releaseAll(claims.subList(i, claims.size()), null, "the sender stopped before sending");
                break;
            }
            Instant pausedUntil = limiter.pausedUntil(claim.channel());
            if (pausedUntil != null) {
                release(claim, pausedUntil, "429 earlier in the round: " + claim.channel() + " paused");
                continue;
            }
            try {
                Duration wait = limiter.reserve(claim.channel(), claim.chatId());
                if (!wait.isZero()) {
                    sleeper.sleep(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                releaseAll(claims.subList(i, claims.size()), null, "the sender was interrupted before sending");
                break;
            }
            if (send(claim)) {
                handled++;
            }
        }
        return handled;
    }

    private Instant now() {
        // The columns keep microseconds; a claim is compared with what was stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void releaseExpiredClaims() {
        Instant cutoff = now().minus(settings.lease());
        // The only way one row can go out twice: its sender crashed (or hung past the lease) after the
        // messenger took the message and before SENT was recorded. Such a row goes back to PENDING.
        Integer released;
        try {
            released = retrying(() -> tx.execute(status -> outbox.releaseClaimsOlderThan(cutoff)));
        } catch (TransientDataAccessException e) {
            log.info("Could not look for expired outbox claims ({}); trying again next round", e.getMessage());
            return;
        }
        if (released != null && released > 0) {
            log.warn("{} outbox rows were left SENDING past their lease by a sender that stopped mid-send; "
                    + "they are pending again and may reach their chats a second time", released);
        }
    }

    private ClaimedBatch claim() {
        List<String> channels = senders.keySet().stream()
                .filter(channel -> limiter.pausedUntil(channel) == null)
                .map(Channel::name).sorted().toList();
        if (channels.isEmpty()) {
            return new ClaimedBatch(List.of(), 0);
        }
        Instant now = now();
        try {
            return tx.execute(status -> {
                List<OutboxMessage> due = outbox.lockClaimable(now, channels, settings.batchSize());
                Set<ChatKey> blocked = blockedChats(due);
                Set<ChatKey> inBatch = new HashSet<>();
                List<Claim> claims = new ArrayList<>();
                for (OutboxMessage message : due) {
                    ChatKey chat = new ChatKey(message.getChannel(), message.getChatId());
                    if (!blocked.contains(chat) && inBatch.add(chat) && limiter.chatReady(chat.channel(), chat.chatId())) {
                        message.claim(now);
                        claims.add(new Claim(message.getId(), chat.channel(), chat.chatId(), message.getBody(), now));
                    }
                }
                // Rows written for a person who has blocked the bot are not sent at all (until the
                // person writes again and the chat is reachable once more).
                int blockedRows = 0;
                for (ChatKey chat : blocked) {
                    blockedRows += outbox.blockPending(chat.channel(), chat.chatId(),
                            "the person had blocked the bot before this message was sent");
                }
                return new ClaimedBatch(claims, blockedRows);
            });
        } catch (TransientDataAccessException e) {
            log.info("Claiming outbox rows met a concurrent claim ({}); trying again next round", e.getMessage());
            return new ClaimedBatch(List.of(), 0);
        }
    }

    private Set<ChatKey> blockedChats(List<OutboxMessage> due) {
        Map<Channel, Set<Long>> chatIds = due.stream().collect(Collectors.groupingBy(OutboxMessage::getChannel,
                () -> new EnumMap<>(Channel.class), Collectors.mapping(OutboxMessage::getChatId, Collectors.toSet())));
        Set<ChatKey> blocked = new HashSet<>();
        chatIds.forEach((channel, ids) -> {
            for (PersonChat chat : chats.findByChannelAndChatIdInAndBlockedAtIsNotNull(channel, ids)) {
                blocked.add(new ChatKey(channel, chat.getChatId()));
            }
        });
        return blocked;
    }

    /** Sends one claimed row and records the outcome; false when the claim was lost before sending. */
    private boolean send(Claim claim) {
        Claim renewed = renew(claim);
        if (renewed == null) {
            log.warn("Outbox row {} is no longer held by this sender (its lease expired); not sending it", claim.id());
            return false;
        }
        SendResult result = attempt(renewed);
        record(renewed, result);
        return true;
    }

    /** The claim again from now, or null when this sender no longer holds the row or cannot tell. */
    private Claim renew(Claim claim) {
        Instant now = now();
        try {
            return retrying(() -> tx.execute(status -> outbox.lockById(claim.id())
                    .filter(message -> message.isClaimedAt(claim.claimedAt()))
                    .map(message -> {
                        message.renewClaim(now);
                        return claim.renewedAt(now);
                    })
                    .orElse(null)));
        } catch (DataAccessException e) {
            // Unsent and still SENDING: the lease brings it back, and it goes out once.
            log.error("Could not renew the claim on outbox row {}; leaving it to its lease", claim.id(), e);
            return null;
        }
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

    private void record(Claim claim, SendResult result) {
        try {
            retrying(() -> tx.execute(status -> {
                OutboxMessage message = outbox.lockById(claim.id()).orElse(null);
                if (message == null || !message.isClaimedAt(claim.claimedAt())) {
                    log.warn("Outbox row {} changed hands while it was sent; its outcome {} is not recorded",
                            claim.id(), result);
                    return null;
                }
                apply(message, result, now());
                return null;
            }));
        } catch (RuntimeException e) {
            // The row stays SENDING; when its lease expires it is sent again.
            log.error("Could not record the outcome {} of outbox row {}", result, claim.id(), e);
        }
    }

    private void apply(OutboxMessage message, SendResult result, Instant now) {
        if (result instanceof SendResult.Sent) {
            message.markSent(now);
        } else if (result instanceof SendResult.RetryAfter retry) {
            Duration delay = retry.delay() == null || retry.delay().compareTo(Duration.ofSeconds(1)) < 0
                    ? Duration.ofSeconds(1) : retry.delay();
            Instant until = now.plus(delay);
            limiter.pause(message.getChannel(), until);
            message.postpone(until, "429: retry after " + delay.toSeconds() + " s");
            log.info("{} asked to wait {} s (429); pausing that channel", message.getChannel(), delay.toSeconds());
        } else if (result instanceof SendResult.Blocked blocked) {
            message.markBlocked("403: " + blocked.description());
            // Without a person_chat row (a chat the bot knows no person for) only the pending rows stop.
            chats.findByChannelAndChatId(message.getChannel(), message.getChatId())
                    .filter(chat -> !chat.isBlocked())
                    .ifPresent(chat -> chat.markBlocked(now));
            int others = outbox.blockPending(message.getChannel(), message.getChatId(),
                    "the person blocked the bot (403 on outbox row " + message.getId() + ")");
            log.info("{} chat {} blocked the bot; {} more pending rows to it stopped", message.getChannel(),
                    message.getChatId(), others);
        } else if (result instanceof SendResult.TransientFailure failure) {
            if (message.getAttempts() >= settings.maxAttempts()) {
                message.markFailed("gave up after " + message.getAttempts() + " attempts: " + failure.description());
            } else {
                message.retryAt(now.plus(settings.backoffAfter(message.getAttempts())), failure.description());
            }
        } else if (result instanceof SendResult.PermanentFailure failure) {
            message.markFailed(failure.description());
        } else {
            throw new IllegalStateException("unknown send result " + result);
        }
    }

    private void releaseAll(List<Claim> claims, Instant notBefore, String reason) {
        for (Claim claim : claims) {
            release(claim, notBefore, reason);
        }
    }

    /** Gives a claimed row back unsent: PENDING again, the attempt not counted. */
    private void release(Claim claim, Instant notBefore, String reason) {
        try {
            retrying(() -> tx.execute(status -> {
                outbox.lockById(claim.id())
                        .filter(message -> message.isClaimedAt(claim.claimedAt()))
                        .ifPresent(message -> message.postpone(notBefore, reason));
                return null;
            }));
        } catch (RuntimeException e) {
            // Unsent and still SENDING: the lease brings it back, and it goes out once.
            log.error("Could not give back outbox row {}", claim.id(), e);
        }
    }

    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (TransientDataAccessException e) {
                if (attempt >= TRIES) {
                    throw e;
                }
                log.info("Transient database error ({}); trying again", e.getMessage());
            }
        }
    }

    private record ChatKey(Channel channel, long chatId) {
    }

    /** A row this sender holds: what it needs to send it outside any transaction. */
    private record Claim(long id, Channel channel, long chatId, String body, Instant claimedAt) {

        Claim renewedAt(Instant at) {
            return new Claim(id, channel, chatId, body, at);
        }
    }

    private record ClaimedBatch(List<Claim> claims, int blocked) {
    }
}
