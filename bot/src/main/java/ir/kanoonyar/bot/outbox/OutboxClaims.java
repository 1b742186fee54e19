package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.instance.BotInstance;
import ir.kanoonyar.db.outbox.OutboxLane;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.outbox.OutboxStatus;
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
 * The sender's side of the outbox table: taking rows (a claim), renewing a claim, writing outcomes
 * and giving rows back, each a short transaction of its own, batch by batch rather than row by row.
 * Every write checks that the claim is still this sender's, so a sender that lost a row to the lease
 * never overwrites what another sender did with it.
 */
final class OutboxClaims {

    private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

    /** How often a step is tried when the database reports a transient error (deadlock, lock wait). */
    private static final int TRIES = 5;

    private final OutboxMessageRepository outbox;
    private final PersonChatRepository chats;
    private final TransactionTemplate tx;
    private final OutboxSettings settings;
    private final Clock clock;
    private final RateLimiter limiter;
    /** The bot instance this sender belongs to, named on its claims; null for a sender without one. */
    private final BotInstance instance;

    OutboxClaims(OutboxMessageRepository outbox, PersonChatRepository chats,
                 PlatformTransactionManager transactionManager, OutboxSettings settings, Clock clock,
                 RateLimiter limiter, BotInstance instance) {
        this.outbox = outbox;
        this.chats = chats;
        // Read committed: the sender's short transactions lock the rows they touch and no gaps between
        // them, so they neither hold up writers of new rows nor deadlock with each other's claims.
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.settings = settings;
        this.clock = clock;
        this.limiter = limiter;
        this.instance = instance;
    }

    Instant now() {
        // The columns keep microseconds; a claim is compared with what was stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Rows left SENDING past their lease (their sender died or hung mid-send) become PENDING again. */
    void releaseExpired() {
        Instant cutoff = now().minus(settings.lease());
        Integer released;
        try {
            released = retrying(() -> tx.execute(status -> outbox.releaseClaimsOlderThan(cutoff)));
        } catch (DataAccessException e) {
            log.info("Could not look for expired outbox claims ({}); trying again later", e.getMessage());
            return;
        }
        if (released != null && released > 0) {
            log.warn("{} outbox rows were left SENDING past their lease by a sender that stopped mid-send; "
                    + "they are pending again and may reach their chats a second time", released);
        }
    }

    /**
     * Rows held by bot instances that have not checked in since {@code cutoff} (killed, hung, or cut off
     * from the database) become PENDING again, long before their lease would end. Any live instance
     * does this at each of its check-ins.
     */
    void releaseSilentInstances(Instant cutoff) {
        Integer released;
        try {
            released = retrying(() -> tx.execute(status -> outbox.releaseClaimsOfInstancesSilentSince(cutoff)));
        } catch (DataAccessException e) {
            log.info("Could not look for rows of silent bot instances ({}); trying again at the next check-in",
                    e.getMessage());
            return;
        }
        if (released != null && released > 0) {
            log.warn("{} outbox rows were held by a bot instance silent since {}; they are pending again and "
                    + "may reach their chats a second time", released, cutoff);
        }
    }

    /** Rows taken in one claim, and how many rows to blocked chats were marked BLOCKED on the way. */
    record Taken(List<Claim> claims, int blocked) {

        static final Taken NONE = new Taken(List.of(), 0);
    }

    /**
     * In one short transaction, up to {@code limit} due DIRECT rows and then, to fill the rest of the
     * limit, up to {@code bulkLimit} due BULK rows are locked with SKIP LOCKED (rows another sender is claiming are
     * skipped, not waited for) and marked SENDING in one statement. One row per chat at most, and only
     * a chat whose rate limit lets a message through now; rows to a chat whose person blocked the bot
     * are marked BLOCKED instead.
     */
    Taken take(Collection<Channel> channels, int limit, int bulkLimit) {
        if (channels.isEmpty() || limit <= 0) {
            return Taken.NONE;
        }
        List<String> names = channels.stream().map(Channel::name).sorted().toList();
        Instant now = now();
        try {
            return tx.execute(status -> {
                List<OutboxMessage> due = new ArrayList<>(outbox.lockClaimable(now, names, OutboxLane.DIRECT, limit));
                int bulk = Math.min(bulkLimit, limit - due.size());
                if (bulk > 0) {
                    due.addAll(withoutStoppedBroadcasts(outbox.lockClaimable(now, names, OutboxLane.BULK, bulk)));
                }
                if (due.isEmpty()) {
                    return Taken.NONE;
                }
                Set<ChatKey> blocked = blockedChats(due);
                Set<ChatKey> inBatch = new HashSet<>();
                List<Claim> claims = new ArrayList<>();
                for (OutboxMessage message : due) {
                    ChatKey chat = new ChatKey(message.getChannel(), message.getChatId());
                    if (!blocked.contains(chat) && inBatch.add(chat) && limiter.chatReady(chat.channel(), chat.chatId())) {
                        claims.add(new Claim(message.getId(), chat.channel(), chat.chatId(), message.getLane(),
                                message.getBroadcastId(), message.getBody(), now));
                    }
                }
                if (!claims.isEmpty()) {
                    outbox.claimAll(claims.stream().map(Claim::id).toList(), now, instance == null ? null : instance.id());
                }
                // Rows written for a person who has blocked the bot are not sent at all (until the
                // person writes again and the chat is reachable once more).
                int blockedRows = 0;
                for (ChatKey chat : blocked) {
                    blockedRows += outbox.blockPending(chat.channel(), chat.chatId(),
                            "the person had blocked the bot before this message was sent");
                }
                return new Taken(claims, blockedRows);
            });
        } catch (TransientDataAccessException e) {
            log.info("Claiming outbox rows met a concurrent claim ({}); trying again next round", e.getMessage());
            return Taken.NONE;
        }
    }

    /**
     * The locked bulk rows that may go out now. A pause or cancel commits the broadcast's status first
     * and moves its waiting rows after, in one long statement (seconds for 100,000 rows); a row given
     * back by a sender after the move is waiting again. So a row of a paused broadcast becomes HELD
     * here, of a cancelled one CANCELLED, under the broadcast's row lock, so that a resume cannot slip
     * in between the look and the move. A broadcast whose row is locked (its move is running) keeps
     * its rows for the move; the lock is never waited for, so a claim never stalls the replies. The
     * statuses are read plainly first: a broadcast going out as usual costs no lock, so two senders
     * never contend for it.
     */
    private List<OutboxMessage> withoutStoppedBroadcasts(List<OutboxMessage> rows) {
        Set<Long> broadcastIds = rows.stream().map(OutboxMessage::getBroadcastId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (broadcastIds.isEmpty()) {
            return rows;
        }
        Set<Long> stopped = new HashSet<>(outbox.stoppedBroadcasts(broadcastIds));
        if (stopped.isEmpty()) {
            return rows;
        }
        Map<Long, String> locked = statuses(outbox.lockIdleBroadcasts(stopped));
        List<OutboxMessage> go = new ArrayList<>();
        List<Long> hold = new ArrayList<>();
        List<Long> cancel = new ArrayList<>();
        for (OutboxMessage row : rows) {
            Long broadcast = row.getBroadcastId();
            if (broadcast == null || !stopped.contains(broadcast)) {
                go.add(row);
            } else if (locked.containsKey(broadcast)) {
                switch (locked.get(broadcast)) {
                    case "PAUSED" -> hold.add(row.getId());
                    case "CANCELLED" -> cancel.add(row.getId());
                    default -> go.add(row);   // resumed since the plain read
                }
            }
        }
        if (!hold.isEmpty()) {
            outbox.moveWaiting(hold, OutboxStatus.HELD, OutboxStatus.PENDING);
        }
        if (!cancel.isEmpty()) {
            outbox.moveWaiting(cancel, OutboxStatus.CANCELLED, OutboxStatus.PENDING);
        }
        return go;
    }

    private static Map<Long, String> statuses(List<Object[]> rows) {
        Map<Long, String> statuses = new HashMap<>();
        for (Object[] row : rows) {
            statuses.put(((Number) row[0]).longValue(), String.valueOf(row[1]));
        }
        return statuses;
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

    /**
     * Which of these broadcasts are paused or cancelled now: a plain read, for the rows this sender
     * holds in memory. Empty when the database cannot tell; they then go out as they would have.
     */
    Set<Long> stoppedBroadcasts(Collection<Long> broadcastIds) {
        if (broadcastIds.isEmpty()) {
            return Set.of();
        }
        try {
            return new HashSet<>(outbox.stoppedBroadcasts(broadcastIds));
        } catch (DataAccessException e) {
            log.info("Could not read the broadcasts of held rows ({}); sending them", e.getMessage());
            return Set.of();
        }
    }

    /**
     * The claim as it should be when its row is sent now: itself while young (and this instance has
     * checked in all along), renewed in the database once half the lease has passed or after a gap in
     * the check-ins (rows wait in memory before they go out); null when this sender no
     * longer holds the row or cannot tell.
     */
    Claim renewIfAging(Claim claim) {
        Instant now = now();
        if (Duration.between(claim.claimedAt(), now).compareTo(settings.lease().dividedBy(2)) < 0
                && (instance == null || instance.aliveSince(claim.claimedAt(), now))) {
            // Nobody else can have taken it: only the lease gives a SENDING row to another sender, or
            // this instance's silence, and it has checked in without a gap since the claim.
            return claim;
        }
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

    /**
     * Writes a batch of outcomes in one transaction: the deliveries in one statement per claim, the
     * rest row by row (429, 403, failures and rows given back are few). Rows whose claim changed hands
     * are left as they are. When the database cannot be written the rows stay SENDING and the lease
     * brings them back: a delivered row is then sent a second time.
     */
    void settle(List<? extends Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = now();
        Map<Instant, List<Long>> sentByClaim = new LinkedHashMap<>();
        List<Outcome> others = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Tried tried && tried.result() instanceof SendResult.Sent) {
                sentByClaim.computeIfAbsent(tried.claim().claimedAt(), at -> new ArrayList<>()).add(tried.claim().id());
            } else {
                others.add(outcome);
            }
        }
        try {
            retrying(() -> tx.execute(status -> {
                int sent = 0;
                for (Map.Entry<Instant, List<Long>> claim : sentByClaim.entrySet()) {
                    sent += outbox.markAllSent(claim.getValue(), claim.getKey(), now);
                }
                int delivered = sentByClaim.values().stream().mapToInt(List::size).sum();
                if (sent < delivered) {
                    log.warn("{} of {} delivered outbox rows changed hands while they were sent; not marked SENT here",
                            delivered - sent, delivered);
                }
                for (Outcome outcome : others) {
                    settleOne(outcome, now);
                }
                return null;
            }));
        } catch (RuntimeException e) {
            log.error("Could not record the outcomes of {} outbox rows; they return after their lease", outcomes.size(), e);
        }
    }

    private void settleOne(Outcome outcome, Instant now) {
        Claim claim = outcome.claim();
        OutboxMessage message = outbox.lockById(claim.id()).orElse(null);
        if (message == null || !message.isClaimedAt(claim.claimedAt())) {
            log.warn("Outbox row {} changed hands while this sender held it; its outcome {} is not recorded",
                    claim.id(), outcome);
            return;
        }
        if (outcome instanceof Outcome.Unsent unsent) {
            message.postpone(unsent.notBefore(), unsent.reason());
        } else if (outcome instanceof Outcome.Tried tried) {
            apply(message, tried.result(), tried.at());
        }
    }

    private void apply(OutboxMessage message, SendResult result, Instant at) {
        if (result instanceof SendResult.Sent) {
            message.markSent(at);
        } else if (result instanceof SendResult.RetryAfter retry) {
            Duration delay = OutboxSender.retryDelay(retry);
            // The sender paused the channel when the answer came; the attempt does not count.
            message.postpone(at.plus(delay), "429: retry after " + delay.toSeconds() + " s");
        } else if (result instanceof SendResult.Blocked blocked) {
            message.markBlocked("403: " + blocked.description());
            // Without a person_chat row (a chat the bot knows no person for) only the pending rows stop.
            chats.findByChannelAndChatId(message.getChannel(), message.getChatId())
                    .filter(chat -> !chat.isBlocked())
                    .ifPresent(chat -> chat.markBlocked(at));
            int others = outbox.blockPending(message.getChannel(), message.getChatId(),
                    "the person blocked the bot (403 on outbox row " + message.getId() + ")");
            log.info("{} chat {} blocked the bot; {} more pending rows to it stopped", message.getChannel(),
                    message.getChatId(), others);
        } else if (result instanceof SendResult.TransientFailure failure) {
            if (message.getAttempts() >= settings.maxAttempts()) {
                message.markFailed("gave up after " + message.getAttempts() + " attempts: " + failure.description());
            } else {
                message.retryAt(at.plus(settings.backoffAfter(message.getAttempts())), failure.description());
            }
        } else if (result instanceof SendResult.PermanentFailure failure) {
            message.markFailed(failure.description());
        } else {
            throw new IllegalStateException("unknown send result " + result);
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
}
