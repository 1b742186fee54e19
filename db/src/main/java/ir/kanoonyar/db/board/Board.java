package ir.kanoonyar.db.board;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national board of topics: any enabled staff member opens a topic or replies; only the national
 * admin pins or unpins one. Text is normalised Persian within the limits; a refusal writes nothing.
 */
@Service
public class Board {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    public static final int TOPICS_PER_PAGE = 20;
    public static final int REPLIES_PER_PAGE = 50;

    private final BoardTopicRepository topics;
    private final BoardReplyRepository replies;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    public Board(BoardTopicRepository topics, BoardReplyRepository replies, StaffAccountRepository accounts,
                 Clock clock) {
        this.topics = topics;
        this.replies = replies;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public BoardOutcome open(long authorAccountId, String title, String body) {
        String t = PersianText.normalize(title == null ? "" : title);
        String b = PersianText.normalize(body == null ? "" : body);
        Optional<BoardProblem> problem = t.isEmpty() ? Optional.of(BoardProblem.TITLE_EMPTY)
                : t.length() > MAX_TITLE ? Optional.of(BoardProblem.TITLE_TOO_LONG)
                : bodyProblem(b);
        if (problem.isPresent()) {
            return new BoardOutcome.Refused(problem.get());
        }
        BoardTopic topic = topics.save(new BoardTopic(t, b, authorAccountId, clock.instant()));
        return new BoardOutcome.Done(topic.getId());
    }

    @Transactional
    public BoardOutcome reply(long authorAccountId, long topicId, String body) {
        Optional<BoardTopic> topic = topics.findById(topicId);
        if (topic.isEmpty()) {
            return new BoardOutcome.Refused(BoardProblem.NOT_FOUND);
        }
        String b = PersianText.normalize(body == null ? "" : body);
        Optional<BoardProblem> problem = bodyProblem(b);
        if (problem.isPresent()) {
            return new BoardOutcome.Refused(problem.get());
        }
        Instant now = clock.instant();
        replies.save(new BoardReply(topicId, authorAccountId, b, now));
        topic.get().replied(now);
        return new BoardOutcome.Done(topicId);
    }

    /** Pins or unpins a topic: the national admin only. */
    @Transactional
    public BoardOutcome pin(long actorAccountId, long topicId, boolean pinned) {
        boolean national = accounts.findById(actorAccountId).filter(StaffAccount::isEnabled)
                .map(a -> a.getRole() == StaffRole.NATIONAL_ADMIN).orElse(false);
        if (!national) {
            return new BoardOutcome.Refused(BoardProblem.NOT_ALLOWED);
        }
        Optional<BoardTopic> topic = topics.findById(topicId);
        if (topic.isEmpty()) {
            return new BoardOutcome.Refused(BoardProblem.NOT_FOUND);
        }
        topic.get().setPinned(pinned);
        return new BoardOutcome.Done(topicId);
    }

    /** A page of topics (from 0), pinned first, then by latest activity. */
    @Transactional(readOnly = true)
    public Page<BoardTopic> topics(int page) {
        return topics.findAllByOrderByPinnedDescLastPostAtDescIdDesc(PageRequest.of(Math.max(0, page), TOPICS_PER_PAGE));
    }

    @Transactional(readOnly = true)
    public Optional<BoardTopic> topic(long topicId) {
        return topics.findById(topicId);
    }

    /** A page of a topic's replies (from 0), oldest first. */
    @Transactional(readOnly = true)
    public Page<BoardReply> replies(long topicId, int page) {
        return replies.findByTopicIdOrderByIdAsc(topicId, PageRequest.of(Math.max(0, page), REPLIES_PER_PAGE));
    }

    private static Optional<BoardProblem> bodyProblem(String body) {
        return body.isEmpty() ? Optional.of(BoardProblem.BODY_EMPTY)
                : body.length() > MAX_BODY ? Optional.of(BoardProblem.BODY_TOO_LONG)
                : Optional.empty();
    }
}
