package ir.kanoonyar.db.activity;

import java.time.Clock;

import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a manager is told in the bot about a review of their report, written into the outbox in the
 * review's transaction, on every messenger they use and have not blocked.
 */
@Component
public class ActivityNotices {

    static final String KIND = "ACTIVITY_REVIEWED";

    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public ActivityNotices(PersonChatRepository chats, OutboxMessageRepository outbox, Clock clock) {
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewed(ActivityReport report, String kanoonName) {
        String date = JalaliDate.from(report.getActivityDate()).formatLong();
        String text = switch (report.getStatus()) {
            case ACCEPTED -> ActivityTexts.get("activity.notice.accepted", report.getTitle(), date, kanoonName);
            case DOUBTFUL -> ActivityTexts.get("activity.notice.doubtful", report.getTitle(), date, kanoonName,
                    report.getReviewReason());
            default -> throw new IllegalStateException("Report " + report.getId() + " is " + report.getStatus());
        };
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(report.getManagerPersonId())) {
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), report.getManagerPersonId(), KIND,
                    null, text, null, clock.instant()));
        }
    }
}
