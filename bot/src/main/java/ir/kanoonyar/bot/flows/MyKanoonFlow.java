package ir.kanoonyar.bot.flows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.outbox.Outbox;
import ir.kanoonyar.db.deputy.Deputies;
import ir.kanoonyar.db.deputy.Deputy;
import ir.kanoonyar.db.deputy.DeputyOutcome;
import ir.kanoonyar.db.deputy.DeputyRefusal;
import ir.kanoonyar.db.deputy.DeputyStatus;
import ir.kanoonyar.db.indicator.KanoonMonthBeside;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.licence.LicenceView;
import ir.kanoonyar.db.mykanoon.KanoonCard;
import ir.kanoonyar.db.mykanoon.MyKanoons;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * «کانون من»: the card of the kanoon the person manages (a manager of several picks one) with the
 * licence, its expiry and state, the deputy, its last rolled-up months beside its county's average and
 * what is due next; the licence's PDF sent again; and
 * the deputy: named by national code or mobile (asked in NAME_DEPUTY), removed. Every button carries
 * the kanoon's id and every press asks {@link MyKanoons} or {@link Deputies} again whether the presser
 * manages it: a forged id gets a refusal and no data. The person named is asked through the outbox
 * with two reply buttons, answered in {@link DeputyAnswerFlow}.
 */
@Component
public class MyKanoonFlow implements Flow {

    public static final String ID = "MY_KANOON";
    static final String NAME_DEPUTY = "NAME_DEPUTY";

    private final Texts texts;
    private final MyKanoons myKanoons;
    private final Deputies deputies;
    private final PersonRepository persons;
    private final PersonChatRepository chats;
    private final Outbox outbox;
    private final StateTable table;

    public MyKanoonFlow(Texts texts, MyKanoons myKanoons, Deputies deputies, PersonRepository persons,
                        PersonChatRepository chats, Outbox outbox) {
        this.texts = texts;
        this.myKanoons = myKanoons;
        this.deputies = deputies;
        this.persons = persons;
        this.chats = chats;
        this.outbox = outbox;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(NAME_DEPUTY))
                .state(NAME_DEPUTY,
                        Handler.text(this::nominate),
                        Handler.button(ButtonData.MyKanoon.class, this::onButton).to(NAME_DEPUTY),
                        Handler.otherwise(this::askAsText))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** null: the card, or the list to pick from; a {@link ButtonData.MyKanoon}: that button. */
    @Override
    public Next start(Turn turn, Object argument) {
        if (argument instanceof ButtonData.MyKanoon button) {
            return onButton(turn, button);
        }
        List<Kanoon> managed = myKanoons.managedBy(turn.personId());
        if (managed.isEmpty()) {
            turn.say(texts.get(Text.MY_KANOON_NONE));
        } else if (managed.size() == 1) {
            show(turn, managed.get(0).getId());
        } else {
            int stamp = turn.nextStamp();
            List<List<Reply.Button>> rows = new ArrayList<>();
            for (Kanoon kanoon : managed) {
                rows.add(List.of(Reply.Button.callback(kanoon.getName(), stamp,
                        new ButtonData.KanoonOpen(kanoon.getId()))));
            }
            turn.say(new Reply(texts.get(Text.MY_KANOON_PICK), Reply.Keyboard.inline(rows)));
        }
        return Next.idle();
    }

    private Next onButton(Turn turn, ButtonData.MyKanoon button) {
        long kanoonId = button.kanoonId();
        if (button instanceof ButtonData.KanoonOpen) {
            show(turn, kanoonId);
        } else if (button instanceof ButtonData.KanoonLicence) {
            resend(turn, kanoonId);
        } else if (button instanceof ButtonData.KanoonDeputy) {
            deputy(turn, kanoonId);
        } else if (button instanceof ButtonData.KanoonDeputyName) {
            if (myKanoons.card(turn.personId(), kanoonId).isEmpty()) {
                turn.say(texts.get(Text.MY_KANOON_NOT_YOURS));
                return Next.idle();
            }
            turn.state().kanoonId = kanoonId;
            turn.say(texts.get(Text.DEPUTY_ASK_CODE));
            return Next.to(NAME_DEPUTY);
        } else if (button instanceof ButtonData.KanoonDeputyRemove) {
            remove(turn, kanoonId);
        }
        return Next.idle();
    }

    private void show(Turn turn, long kanoonId) {
        KanoonCard card = myKanoons.card(turn.personId(), kanoonId).orElse(null);
        if (card == null) {
            turn.say(texts.get(Text.MY_KANOON_NOT_YOURS));
            return;
        }
        StringBuilder text = new StringBuilder(texts.get(Text.MY_KANOON_TITLE, card.name()));
        line(text, texts.get(Text.MY_KANOON_MOSQUE, card.mosque()));
        line(text, card.locality() == null || card.locality().isBlank()
                ? texts.get(Text.MY_KANOON_COUNTY, card.county(), card.province())
                : texts.get(Text.MY_KANOON_PLACE, card.locality(), card.county(), card.province()));
        line(text, texts.get(Text.MY_KANOON_STATUS_ACTIVE));
        LicenceView licence = card.licence();
        line(text, licence == null ? texts.get(Text.MY_KANOON_NO_LICENCE)
                : texts.get(Text.MY_KANOON_LICENCE, "\u2066" + PersianText.toPersianDigits(licence.number()) + "\u2069",
                        licence.validUntil().formatLong(), texts.get(licenceState(licence.validity()))));
        line(text, texts.get(Text.MY_KANOON_MEMBERS, card.members()));
        line(text, card.deputyName() == null ? texts.get(Text.MY_KANOON_NO_DEPUTY)
                : texts.get(card.deputyAccepted() ? Text.MY_KANOON_DEPUTY : Text.MY_KANOON_DEPUTY_INVITED,
                        card.deputyName()));
        text.append("\n\n");
        figures(text, card);
        text.append("\n\n").append(texts.get(Text.MY_KANOON_DUE_TITLE));
        boolean due = false;
        if (card.renewalDaysLeft() != null) {
            long left = card.renewalDaysLeft();
            line(text, left > 0 ? texts.get(Text.MY_KANOON_DUE_RENEWAL, left)
                    : left == 0 ? texts.get(Text.MY_KANOON_DUE_RENEWAL_TODAY)
                    : texts.get(Text.MY_KANOON_DUE_RENEWAL_LATE, -left));
            due = true;
        }
        for (String course : card.trainingDue()) {
            line(text, texts.get(Text.MY_KANOON_DUE_TRAINING, course));
            due = true;
        }
        if (!due) {
            line(text, texts.get(Text.MY_KANOON_DUE_NONE));
        }
        int stamp = turn.nextStamp();
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(List.of(List.of(
                Reply.Button.callback(texts.get(Text.MY_KANOON_RESEND), stamp, new ButtonData.KanoonLicence(kanoonId)),
                Reply.Button.callback(texts.get(Text.MY_KANOON_DEPUTY_BUTTON), stamp,
                        new ButtonData.KanoonDeputy(kanoonId)))))));
    }

    /** The last rolled-up months, each beside the county's average per kanoon, or one line saying there are none. */
    private void figures(StringBuilder text, KanoonCard card) {
        if (card.lastMonths().isEmpty()) {
            text.append(texts.get(Text.MY_KANOON_FIGURES_NONE));
            return;
        }
        text.append(texts.get(Text.MY_KANOON_FIGURES_TITLE, card.county()));
        for (KanoonMonthBeside month : card.lastMonths()) {
            line(text, texts.get(Text.MY_KANOON_FIGURES_MONTH, month.month().label(), month.reports(),
                    decimal(month.countyReports()), month.participants(), decimal(month.countyParticipants()),
                    decimal(month.score()), decimal(month.countyScore())));
        }
    }

    private void resend(Turn turn, long kanoonId) {
        KanoonCard card = myKanoons.card(turn.personId(), kanoonId).orElse(null);
        if (card == null) {
            turn.say(texts.get(Text.MY_KANOON_NOT_YOURS));
            return;
        }
        switch (myKanoons.resendLicence(turn.personId(), kanoonId, turn.incoming().channel(),
                turn.incoming().chatId())) {
            case SENT -> turn.say(texts.get(Text.MY_KANOON_RESENT, card.name()));
            case NO_LICENCE -> turn.say(texts.get(Text.MY_KANOON_NOTHING_TO_SEND, card.name()));
            case REVOKED -> turn.say(texts.get(Text.MY_KANOON_REVOKED_NOT_SENT, card.name()));
            case NOT_YOUR_KANOON -> turn.say(texts.get(Text.MY_KANOON_NOT_YOURS));
        }
    }

    private void deputy(Turn turn, long kanoonId) {
        KanoonCard card = myKanoons.card(turn.personId(), kanoonId).orElse(null);
        if (card == null) {
            turn.say(texts.get(Text.MY_KANOON_NOT_YOURS));
            return;
        }
        Deputy deputy = deputies.openOf(kanoonId).orElse(null);
        int stamp = turn.nextStamp();
        if (deputy == null) {
            turn.say(new Reply(texts.get(Text.DEPUTY_NONE, card.name(), deputies.maxAge()),
                    Reply.Keyboard.inline(List.of(List.of(Reply.Button.callback(texts.get(Text.DEPUTY_NAME_BUTTON),
                            stamp, new ButtonData.KanoonDeputyName(kanoonId)))))));
            return;
        }
        String name = persons.findById(deputy.getPersonId()).map(p -> p.fullName()).orElse("");
        turn.say(new Reply(texts.get(deputy.getStatus() == DeputyStatus.ACTIVE ? Text.DEPUTY_CURRENT
                : Text.DEPUTY_PENDING, card.name(), name),
                Reply.Keyboard.inline(List.of(List.of(Reply.Button.callback(texts.get(Text.DEPUTY_REMOVE_BUTTON),
                        stamp, new ButtonData.KanoonDeputyRemove(kanoonId)))))));
    }

    private Next nominate(Turn turn, Incoming.Text typed) {
        Long kanoonId = turn.state().kanoonId;
        if (kanoonId == null) {
            return Next.menu();
        }
        DeputyOutcome outcome = deputies.nominate(turn.personId(), kanoonId, typed.text());
        if (outcome instanceof DeputyOutcome.Refused refused) {
            turn.say(DeputyTexts.refusal(texts, refused));
            return switch (refused.refusal()) {
                case NOT_YOUR_KANOON, KANOON_HAS_DEPUTY -> Next.idle();
                default -> Next.stay();
            };
        }
        DeputyOutcome.Done done = (DeputyOutcome.Done) outcome;
        String manager = persons.findById(turn.personId()).map(p -> p.fullName()).orElse("");
        String mosque = myKanoons.card(turn.personId(), kanoonId).map(KanoonCard::mosque).orElse("");
        Reply invitation = new Reply(texts.get(Text.DEPUTY_INVITATION, manager, done.kanoon().getName(), mosque),
                Reply.Keyboard.reply(List.of(List.of(Reply.Button.plain(texts.get(Text.DEPUTY_ACCEPT)),
                        Reply.Button.plain(texts.get(Text.DEPUTY_DECLINE))))));
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(done.person().getId())) {
            outbox.enqueue(chat, DeputyTexts.KIND, invitation);
        }
        turn.say(texts.get(Text.DEPUTY_INVITED, done.person().fullName(), done.kanoon().getName()));
        return Next.idle();
    }

    private Next askAsText(Turn turn) {
        turn.say(texts.get(Text.DEPUTY_ASK_AS_TEXT));
        return Next.stay();
    }

    private void remove(Turn turn, long kanoonId) {
        DeputyOutcome outcome = deputies.remove(turn.personId(), kanoonId);
        if (outcome instanceof DeputyOutcome.Refused refused) {
            turn.say(refused.refusal() == DeputyRefusal.NOT_YOUR_KANOON
                    ? texts.get(Text.MY_KANOON_NOT_YOURS) : DeputyTexts.refusal(texts, refused));
            return;
        }
        DeputyOutcome.Done done = (DeputyOutcome.Done) outcome;
        Reply notice = Reply.text(texts.get(Text.DEPUTY_REMOVED_NOTICE, done.kanoon().getName()));
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(done.person().getId())) {
            outbox.enqueue(chat, DeputyTexts.KIND, notice);
        }
        turn.say(texts.get(Text.DEPUTY_REMOVED, done.person().fullName(), done.kanoon().getName()));
    }

    private static Text licenceState(LicenceView.Validity validity) {
        return switch (validity) {
            case VALID -> Text.LICENCE_STATE_VALID;
            case EXPIRED -> Text.LICENCE_STATE_EXPIRED;
            case NOT_YET -> Text.LICENCE_STATE_NOT_YET;
            case SUSPENDED -> Text.LICENCE_STATE_SUSPENDED;
            case REVOKED -> Text.LICENCE_STATE_REVOKED;
            case SUPERSEDED -> Text.LICENCE_STATE_SUPERSEDED;
        };
    }

    /** «۶۲٫۵», «۲»; «—» when there is no figure. */
    private static String decimal(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return PersianText.toPersianDigits(value.stripTrailingZeros().toPlainString()).replace('.', '\u066B');
    }

    private static void line(StringBuilder text, String line) {
        text.append('\n').append(line);
    }
}
