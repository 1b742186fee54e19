package ir.kanoonyar.bot.channel;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.kanoonyar.bot.conversation.ConversationEngine;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.conversation.ConversationSessionRepository;
import ir.kanoonyar.db.inbox.InboundStatus;
import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles stored updates: the updates of one chat one at a time and in order, different chats in
 * parallel. The order holds across bot instances too: a chat is handled only while its
 * conversation_session row is locked (FOR UPDATE SKIP LOCKED), so another instance skips it. Each
 * update is handled in its own transaction with the session and the replies it writes to the
 * outbox; if handling fails, the transaction rolls back (the session stays as it was), the update is
 * marked FAILED and the person gets an apology instead of silence.
 */
@Component
public class InboxProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

    private static final int CHATS_PER_ROUND = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ConversationSessionRepository sessions;
    private final UpdateTranslator translator;
    private final ConversationEngine engine;
    private final ReplyQueue replies;
    private final InboxSettings settings;
    private final Clock clock;

    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService loop;

    public InboxProcessor(JdbcTemplate jdbc, TransactionTemplate tx, ConversationSessionRepository sessions,
                          UpdateTranslator translator, ConversationEngine engine, ReplyQueue replies,
                          InboxSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sessions = sessions;
        this.translator = translator;
        this.engine = engine;
        this.replies = replies;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks for a round soon: called when an update was stored. */
    public void wake() {
        wakeRequested.set(true);
        ScheduledExecutorService l = loop;
        if (running && l != null) {
            l.execute(this::roundIfWoken);
        }
    }

    /** Handles every pending update once; returns how many were handled. Tests call this directly. */
    public int drainOnce() {
        int handled = 0;
        List<Future<Integer>> chats = new ArrayList<>();
        for (ChatKey chat : pendingChats()) {
            if (workers != null) {
                chats.add(workers.submit(() -> drainChat(chat)));
            } else {
                handled += drainChat(chat);
            }
        }
        for (Future<Integer> f : chats) {
            try {
                handled += f.get();
            } catch (Exception e) {
                log.warn("A chat worker failed", e);
            }
        }
        return handled;
    }

    private void roundIfWoken() {
        if (wakeRequested.getAndSet(false)) {
            round();
        }
    }

    private void round() {
        try {
            int handled;
            do {
                handled = drainOnce();
            } while (handled > 0 && running);
        } catch (RuntimeException e) {
            // The database may be down: the updates stay RECEIVED and the next round tries again.
            log.warn("Inbox round failed: {}", e.toString());
        }
    }

    private List<ChatKey> pendingChats() {
        return jdbc.query("SELECT channel, chat_id FROM inbound_update WHERE status = 'RECEIVED' "
                        + "GROUP BY channel, chat_id ORDER BY MIN(id) LIMIT " + CHATS_PER_ROUND,
                (rs, i) -> new ChatKey(Channel.valueOf(rs.getString(1)), rs.getLong(2)));
    }

    private int drainChat(ChatKey chat) {
        int handled = 0;
        Turn turn = handleNext(chat);
        if (turn == Turn.NO_SESSION) {
            createSession(chat);
            turn = handleNext(chat);
        }
        while (turn.handledOne()) {
            handled++;
            if (turn != Turn.HANDLED_MORE_WAITING) {
                break; // one that arrives from now on wakes another round
            }
            turn = handleNext(chat);
        }
        return handled;
    }

    private void createSession(ChatKey chat) {
        try {
            tx.executeWithoutResult(s -> sessions.saveAndFlush(
                    new ConversationSession(chat.channel(), chat.chatId(), clock.instant())));
        } catch (DataIntegrityViolationException createdElsewhere) {
            // Another worker or instance created it first: fine.
        }
    }

    /** What one turn on a chat did; the session is looked up only when the lock finds no row. */
    private enum Turn {
        HANDLED_MORE_WAITING, HANDLED_LAST, NOTHING_WAITING, BUSY, NO_SESSION;

        boolean handledOne() {
            return this == HANDLED_MORE_WAITING || this == HANDLED_LAST;
        }
    }

    private Turn handleNext(ChatKey chat) {
        PendingUpdate[] failed = new PendingUpdate[1];
        RuntimeException[] error = new RuntimeException[1];
        List<Runnable> afterCommit = new ArrayList<>();
        Turn turn = tx.execute(status -> {
            List<Long> locked = jdbc.queryForList("SELECT id FROM conversation_session WHERE channel = ? "
                    + "AND chat_id = ? FOR UPDATE SKIP LOCKED", Long.class, chat.channel().name(), chat.chatId());
            if (locked.isEmpty()) {
                // Another worker or instance has this chat right now, or it has no session yet.
                return sessions.findByChannelAndChatId(chat.channel(), chat.chatId()).isPresent() ? Turn.BUSY
                        : Turn.NO_SESSION;
            }
            List<PendingUpdate> next = nextUpdates(chat);
            if (next.isEmpty()) {
                return Turn.NOTHING_WAITING;
            }
            PendingUpdate update = next.get(0);
            Turn handled = next.size() > 1 ? Turn.HANDLED_MORE_WAITING : Turn.HANDLED_LAST;
            try {
                ConversationSession session = sessions.findById(locked.get(0)).orElseThrow();
                Handled outcome = handle(update, session, afterCommit);
                markDone(update.id(), outcome.status(), outcome.error());
                return handled;
            } catch (RuntimeException e) {
                status.setRollbackOnly();
                failed[0] = update;
                error[0] = e;
                return handled;
            }
        });
        if (failed[0] != null) {
            setAside(chat, failed[0], error[0]);
        } else {
            afterCommit.forEach(Runnable::run);
        }
        return turn;
    }

    private Handled handle(PendingUpdate update, ConversationSession session, List<Runnable> afterCommit) {
        Optional<Incoming> incoming;
        try {
            incoming = translator.translate(update.channel(), update.payload());
        } catch (UpdateTranslator.UnreadableUpdateException e) {
            // Not retried (it would fail the same way), but never silent: the row says why, the person is told.
            log.info("Update {} of {} cannot be read and is kept as FAILED: {}", update.updateId(), update.channel(),
                    e.getMessage());
            replies.apologizeUnreadable(update.channel(), session.getChatId());
            afterCommit.add(replies::flushSoon);
            return new Handled(InboundStatus.FAILED, "unreadable: " + e.getMessage());
        }
        if (incoming.isEmpty()) {
            return new Handled(InboundStatus.IGNORED, null);
        }
        ConversationEngine.Outcome outcome = engine.handle(incoming.get(), session);
        replies.enqueue(incoming.get().channel(), incoming.get().chatId(), session.getPersonId(), outcome.replies());
        if (incoming.get().content() instanceof Incoming.ButtonPressed pressed && pressed.callbackId() != null) {
            afterCommit.add(() -> replies.acknowledge(update.channel(), pressed.callbackId()));
        }
        afterCommit.add(replies::flushSoon);
        return new Handled(InboundStatus.DONE, null);
    }

    private record Handled(InboundStatus status, String error) {
    }

    private void setAside(ChatKey chat, PendingUpdate update, RuntimeException error) {
        log.error("Update {} of {} chat {} failed; the session is kept as it was", update.updateId(),
                update.channel(), chat.chatId(), error);
        try {
            tx.executeWithoutResult(s -> {
                markDone(update.id(), InboundStatus.FAILED, error.toString());
                replies.apologize(chat.channel(), chat.chatId());
            });
            replies.flushSoon();
        } catch (RuntimeException e) {
            log.warn("Could not set update {} aside: {}", update.updateId(), e.toString());
        }
    }

    /** The chat's next update, and the one after it if there is one (so the drain knows to go on). */
    private List<PendingUpdate> nextUpdates(ChatKey chat) {
        return jdbc.query("SELECT id, update_id, payload FROM inbound_update WHERE channel = ? AND chat_id = ? "
                        + "AND status = 'RECEIVED' ORDER BY id LIMIT 2",
                (rs, i) -> new PendingUpdate(rs.getLong(1), chat.channel(), rs.getLong(2), i == 0 ? rs.getString(3) : null),
                chat.channel().name(), chat.chatId());
    }

    private void markDone(long id, InboundStatus status, String error) {
        jdbc.update("UPDATE inbound_update SET status = ?, attempts = attempts + 1, last_error = ?, processed_at = ? "
                + "WHERE id = ?", status.name(), InboxStore.truncate(error), Timestamp.from(clock.instant()), id);
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        workers = Executors.newFixedThreadPool(settings.workers(), named("inbox-worker"));
        loop = Executors.newSingleThreadScheduledExecutor(named("inbox-loop"));
        running = true;
        long every = settings.pollInterval().toMillis();
        loop.scheduleWithFixedDelay(this::round, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.shutdown();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    record ChatKey(Channel channel, long chatId) {
    }

    record PendingUpdate(long id, Channel channel, long updateId, String payload) {
    }
}
