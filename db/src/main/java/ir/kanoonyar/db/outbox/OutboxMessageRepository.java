package ir.kanoonyar.db.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.person.Channel;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Ids of one lane's due rows a sender may claim, oldest first; a plain read that locks nothing.
     * A row is left out while any row of its chat is in flight (at most one send per chat at a time),
     * and while an earlier row of its chat <em>in the same lane</em> is due or already tried and
     * waiting for its retry, so a chat's messages of one lane go out in id order (an earlier row
     * merely scheduled for later does not hold the chat up). Order is kept per lane, not across lanes:
     * a reply to a manager must not wait until a 100,000-recipient broadcast reaches their chat.
     * Served by ix_outbox_lane (status, lane, id): the scan walks the lane in id order and stops at the
     * limit however long the lane is. The hint is needed: without it MariaDB 10.11 walks the primary
     * key for the ORDER BY, through every SENT row older than the lane's first (292 ms instead of
     * 1.3 ms with 200,000 sent rows before 100,000 pending bulk rows). One statement for MySQL 8, MariaDB 10.6+ and H2 in MySQL mode.
     */
    @Query(nativeQuery = true, value = """
            SELECT o.id FROM outbox_message o USE INDEX (ix_outbox_lane)
            WHERE o.status = 'PENDING' AND o.lane = :lane AND o.not_before <= :now AND o.channel IN (:channels)
              AND NOT EXISTS (SELECT 1 FROM outbox_message e
                              WHERE e.channel = o.channel AND e.chat_id = o.chat_id
                                AND (e.status = 'SENDING'
                                     OR (e.status = 'PENDING' AND e.lane = o.lane AND e.id < o.id
                                         AND (e.not_before <= :now OR e.claimed_at IS NOT NULL))))
            ORDER BY o.id
            LIMIT :limit""")
    List<Long> findClaimableIds(@Param("now") Instant now, @Param("channels") Collection<String> channels,
                                @Param("lane") String lane, @Param("limit") int limit);

    /**
     * The first rows of the given ids that nobody else holds, locked; held rows are skipped, not waited
     * for. Only the primary key can serve this statement, so InnoDB walks it in id order and stops at
     * the limit: it locks exactly the rows it returns. (Locking straight from the due-rows query let
     * the optimizer sort after locking, so one sender could lock every due row and starve the others.)
     */
    @Query(nativeQuery = true, value = """
            SELECT o.* FROM outbox_message o
            WHERE o.id IN (:ids)
            ORDER BY o.id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxMessage> lockUnheld(@Param("ids") Collection<Long> ids, @Param("limit") int limit);

    /**
     * One lane's due rows a sender may claim (see {@link #findClaimableIds}), at most {@code limit},
     * locked until the transaction ends. Rows another sender is claiming are skipped; a row that
     * another sender claimed between the read and the lock comes back no longer PENDING and is left
     * out. The window read is wider than the limit so that a second sender finds rows beyond those the
     * first holds.
     */
    default List<OutboxMessage> lockClaimable(Instant now, Collection<String> channels, OutboxLane lane, int limit) {
        List<Long> ids = findClaimableIds(now, channels, lane.name(), limit * 4);
        if (ids.isEmpty()) {
            return List.of();
        }
        return lockUnheld(ids, limit).stream()
                .filter(message -> message.getStatus() == OutboxStatus.PENDING)
                .toList();
    }

    /** Which of these broadcasts are paused or cancelled. */
    @Query(nativeQuery = true, value = "SELECT id FROM broadcast WHERE id IN (:ids) AND status IN ('PAUSED', 'CANCELLED')")
    List<Long> stoppedBroadcasts(@Param("ids") Collection<Long> ids);

    /**
     * The id and status of each of these broadcasts that nobody is moving right now, locked until the
     * caller's transaction ends. One being paused, resumed or cancelled at this moment (its row locked
     * by the move) is skipped, not waited for.
     */
    @Query(nativeQuery = true, value = "SELECT id, status FROM broadcast WHERE id IN (:ids) FOR UPDATE SKIP LOCKED")
    List<Object[]> lockIdleBroadcasts(@Param("ids") Collection<Long> ids);

    /** Those of the rows (locked by the caller) still PENDING move to {@code to}: HELD or CANCELLED. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.status = :to where m.id in :ids and m.status = :pending")
    int moveWaiting(@Param("ids") Collection<Long> ids, @Param("to") OutboxStatus to,
                    @Param("pending") OutboxStatus pending);

    /**
     * Those of the rows (locked by the caller) that are still PENDING become SENDING on a claim made
     * now, one more attempt each: one statement for a whole batch.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.status = :sending, m.claimedAt = :at, m.claimedBy = :by, "
            + "m.attempts = m.attempts + 1 where m.id in :ids and m.status = :pending")
    int claimAll(@Param("ids") Collection<Long> ids, @Param("at") Instant at, @Param("by") String instanceId,
                 @Param("sending") OutboxStatus sending, @Param("pending") OutboxStatus pending);

    default int claimAll(Collection<Long> ids, Instant at) {
        return claimAll(ids, at, null);
    }

    /**
     * As {@link #claimAll(Collection, Instant)}, naming the bot instance that holds the rows (null for
     * none): when that instance stops checking in, another gives the rows back before their lease ends.
     */
    default int claimAll(Collection<Long> ids, Instant at, String instanceId) {
        return claimAll(ids, at, instanceId, OutboxStatus.SENDING, OutboxStatus.PENDING);
    }

    /**
     * Rows held by a bot instance whose last check-in is older than the cutoff (it crashed, hung or lost
     * the database) become PENDING again. Only instances with a row in bot_instance count: a row whose
     * holder is unknown waits for its lease. SENDING rows are few, and the status index finds them.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message SET status = 'PENDING'
            WHERE status = 'SENDING'
              AND claimed_by IN (SELECT instance_id FROM bot_instance WHERE last_seen < :cutoff)""")
    int releaseClaimsOfInstancesSilentSince(@Param("cutoff") Instant cutoff);

    /**
     * Those of the rows still held by the claim made at {@code claimedAt} become SENT: one statement
     * for a batch of deliveries. A row whose claim changed hands (its lease expired) is left alone.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.status = :sent, m.sentAt = :at, m.lastError = null "
            + "where m.id in :ids and m.status = :sending and m.claimedAt = :claimedAt")
    int markAllSent(@Param("ids") Collection<Long> ids, @Param("claimedAt") Instant claimedAt,
                    @Param("at") Instant at, @Param("sent") OutboxStatus sent, @Param("sending") OutboxStatus sending);

    default int markAllSent(Collection<Long> ids, Instant claimedAt, Instant at) {
        return markAllSent(ids, claimedAt, at, OutboxStatus.SENT, OutboxStatus.SENDING);
    }

    /** One row, locked until the transaction ends: a sender records an outcome only on a claim it still holds. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.id = :id")
    Optional<OutboxMessage> lockById(@Param("id") Long id);

    /**
     * Rows left SENDING by a claim older than the cutoff: their sender died or hung mid-send. A plain
     * read, so that looking for them (every round, mostly finding none) locks nothing.
     */
    @Query("select m.id from OutboxMessage m where m.status = :sending and m.claimedAt < :cutoff order by m.id")
    List<Long> findIdsClaimedBefore(@Param("cutoff") Instant cutoff, @Param("sending") OutboxStatus sending);

    default List<Long> findIdsClaimedBefore(Instant cutoff) {
        return findIdsClaimedBefore(cutoff, OutboxStatus.SENDING);
    }

    /** Those of the rows that are still SENDING on a claim older than the cutoff become PENDING again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.status = :pending "
            + "where m.id in :ids and m.status = :sending and m.claimedAt < :cutoff")
    int releaseClaimsBefore(@Param("ids") Collection<Long> ids, @Param("cutoff") Instant cutoff,
                            @Param("pending") OutboxStatus pending, @Param("sending") OutboxStatus sending);

    /**
     * Rows left SENDING by a claim older than the cutoff become PENDING again; found by a plain read
     * first and changed by id, so the common case (none) takes no lock.
     */
    default int releaseClaimsOlderThan(Instant cutoff) {
        List<Long> ids = findIdsClaimedBefore(cutoff);
        return ids.isEmpty() ? 0 : releaseClaimsBefore(ids, cutoff, OutboxStatus.PENDING, OutboxStatus.SENDING);
    }

    /** Every pending row of one chat becomes BLOCKED: the person blocked the bot. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxMessage m set m.status = :blocked, m.lastError = :reason "
            + "where m.channel = :channel and m.chatId = :chatId and m.status = :pending")
    int blockPending(@Param("channel") Channel channel, @Param("chatId") long chatId, @Param("reason") String reason,
                     @Param("blocked") OutboxStatus blocked, @Param("pending") OutboxStatus pending);

    default int blockPending(Channel channel, long chatId, String reason) {
        return blockPending(channel, chatId, reason, OutboxStatus.BLOCKED, OutboxStatus.PENDING);
    }

    /**
     * Adds a message unless one with its dedup key is already in the outbox, inside the caller's
     * transaction and without ever breaking it: the key is checked first, and a writer that races
     * another with the same key meets the unique key uk_outbox_dedup in an insert that turns a
     * duplicate into a no-op instead of an error (which would mark the caller's transaction for
     * rollback). Exactly one row per key is ever stored.
     *
     * @return false when the key was already there; true otherwise, which includes losing that race
     *         to a writer that committed the same key meanwhile
     */
    default boolean saveUnlessDuplicate(OutboxMessage message) {
        if (message.getDedupKey() == null) {
            save(message);
            return true;
        }
        if (existsByDedupKey(message.getDedupKey())) {
            return false;
        }
        insertUnlessDuplicate(message.getChannel().name(), message.getChatId(), message.getPersonId(),
                message.getKind(), message.getDedupKey(), message.getBody(), message.getNotBefore(),
                message.getCreatedAt(), message.getLane().name());
        return true;
    }

    /** A duplicate dedup key makes this a no-op; MySQL, MariaDB and H2 in MySQL mode all read it. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            INSERT INTO outbox_message (channel, chat_id, person_id, kind, dedup_key, body, status, attempts,
                                        not_before, created_at, lane)
            VALUES (:channel, :chatId, :personId, :kind, :dedupKey, :body, 'PENDING', 0, :notBefore, :createdAt,
                    :lane)
            ON DUPLICATE KEY UPDATE dedup_key = dedup_key""")
    int insertUnlessDuplicate(@Param("channel") String channel, @Param("chatId") long chatId,
                              @Param("personId") Long personId, @Param("kind") String kind,
                              @Param("dedupKey") String dedupKey, @Param("body") String body,
                              @Param("notBefore") Instant notBefore, @Param("createdAt") Instant createdAt,
                              @Param("lane") String lane);

    List<OutboxMessage> findByPersonIdOrderByIdAsc(Long personId);

    List<OutboxMessage> findByChannelAndChatIdOrderByIdAsc(Channel channel, long chatId);

    boolean existsByDedupKey(String dedupKey);
}
