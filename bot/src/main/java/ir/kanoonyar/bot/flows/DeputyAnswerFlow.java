package ir.kanoonyar.bot.flows;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.db.deputy.Deputies;
import ir.kanoonyar.db.deputy.DeputyOutcome;
import ir.kanoonyar.db.deputy.DeputyStatus;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.training.RequiredCourses;
import org.springframework.stereotype.Component;

/**
 * The person named as a deputy answers with one of the two reply buttons of the invitation («می‌پذیرم،
 * جانشین می‌شوم» / «نمی‌پذیرم»). The invitation comes from the outbox, whatever the person is doing, and
 * its keyboard replaces the one they had: while a nomination waits for them, the two labels are taken
 * here from any flow ({@link #takesAnywhere}). Nothing in the answer names a kanoon: the
 * nomination waiting for this person is looked up, and the rules are checked again on accept. The
 * manager is told the answer; a new deputy is told which courses the guideline requires.
 */
@Component
public class DeputyAnswerFlow implements Flow {

    public static final String ID = "DEPUTY_ANSWER";

    private final Texts texts;
    private final Deputies deputies;
    private final RequiredCourses requiredCourses;
    private final PersonChatRepository chats;
    private final Outbox outbox;
    private final StateTable table;

    public DeputyAnswerFlow(Texts texts, Deputies deputies, RequiredCourses requiredCourses,
                            PersonChatRepository chats, Outbox outbox) {
        this.texts = texts;
        this.deputies = deputies;
        this.requiredCourses = requiredCourses;
        this.chats = chats;
        this.outbox = outbox;
        this.table = StateTable.builder().start(StateTable.declared().handsOverTo(MENU)).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** One of the two answers, while a nomination waits for this person; else the text is the flow's they are in. */
    @Override
    public Optional<Object> takesAnywhere(Turn turn, Incoming.Text typed) {
        String text = typed.text().strip();
        boolean accept = text.equals(texts.get(Text.DEPUTY_ACCEPT));
        if (!accept && !text.equals(texts.get(Text.DEPUTY_DECLINE))) {
            return Optional.empty();
        }
        return deputies.invitationOf(turn.personId()).map(waiting -> accept);
    }

    /** {@code Boolean.TRUE}: accepts; anything else: declines. */
    @Override
    public Next start(Turn turn, Object argument) {
        boolean accept = Boolean.TRUE.equals(argument);
        DeputyOutcome outcome = deputies.answer(turn.personId(), accept);
        if (outcome instanceof DeputyOutcome.Refused refused) {
            turn.say(DeputyTexts.refusal(texts, refused));
            return Next.menu();
        }
        DeputyOutcome.Done done = (DeputyOutcome.Done) outcome;
        String kanoon = done.kanoon().getName();
        boolean accepted = done.deputy().getStatus() == DeputyStatus.ACTIVE;
        if (accepted) {
            turn.say(texts.get(Text.DEPUTY_ACCEPTED, kanoon));
            List<String> courses = requiredCourses.notPassedBy(turn.personId());
            if (!courses.isEmpty()) {
                turn.say(texts.get(Text.DEPUTY_TRAINING, String.join("، ", courses.stream()
                        .map(c -> "«" + c + "»").toList())));
            }
        } else {
            turn.say(texts.get(Text.DEPUTY_DECLINED, kanoon));
        }
        Reply notice = Reply.text(texts.get(accepted ? Text.MANAGER_DEPUTY_ACCEPTED : Text.MANAGER_DEPUTY_DECLINED,
                done.person().fullName(), kanoon));
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(done.deputy().getNamedByPersonId())) {
            outbox.enqueue(chat, DeputyTexts.KIND, notice);
        }
        return Next.menu();
    }
}
