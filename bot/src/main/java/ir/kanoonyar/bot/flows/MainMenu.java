package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationEngine;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.bot.forms.FormStart;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.stereotype.Component;

/**
 * The main menu: a reply keyboard that stays under the chat, and the choice of a request type. The
 * chat rests here between flows; the buttons of the lists shown from here (my requests, training)
 * are handed to their flows.
 */
@Component
public class MainMenu implements Flow {

    /** Request types a registered manager can start from the menu, in the order shown. */
    static final List<RequestType> REQUEST_TYPES = List.of(RequestType.ESTABLISHMENT, RequestType.MANAGER_CHANGE,
            RequestType.RESIGNATION, RequestType.RETIREMENT, RequestType.LICENCE_RENEWAL,
            RequestType.SERVICE_REQUEST);

    private final Texts texts;
    private final PersonRepository persons;
    private final StateTable table;

    public MainMenu(Texts texts, PersonRepository persons) {
        this.texts = texts;
        this.persons = persons;
        this.table = StateTable.builder()
                .start(StateTable.declared().handsOverTo(ConsentFlow.ID, StaffChatLinking.ID))
                .state(ConversationEngine.MENU_STATE,
                        Handler.text(this::onText).handsOverTo(FormRunner.ID, MyRequestsFlow.ID, TrainingFlow.ID,
                                ActivityReportFlow.ID),
                        Handler.button(ButtonData.ChooseType.class, this::startRequest).handsOverTo(FormRunner.ID),
                        Handler.button(ButtonData.Fix.class, (t, b) -> Next.handover(MyRequestsFlow.ID, b))
                                .handsOverTo(MyRequestsFlow.ID),
                        Handler.button(ButtonData.Withdraw.class, (t, b) -> Next.handover(MyRequestsFlow.ID, b))
                                .handsOverTo(MyRequestsFlow.ID),
                        Handler.button(ButtonData.Training.class, (t, b) -> Next.handover(TrainingFlow.ID, b))
                                .handsOverTo(TrainingFlow.ID),
                        Handler.button(ButtonData.Activity.class, (t, b) -> Next.handover(ActivityReportFlow.ID, b))
                                .handsOverTo(ActivityReportFlow.ID),
                        Handler.otherwise(this::notUnderstood))
                .build();
    }

    @Override
    public String id() {
        return MENU;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** null: show the menu; a {@link ConversationEngine.DeepLink}: "/start", with a link's payload or not. */
    @Override
    public Next start(Turn turn, Object argument) {
        if (argument instanceof ConversationEngine.DeepLink link) {
            String payload = link.payload();
            if (payload.startsWith(ConsentFlow.LINK_PREFIX)) {
                return Next.handover(ConsentFlow.ID, payload.substring(ConsentFlow.LINK_PREFIX.length()));
            }
            if (payload.startsWith(StaffChatLinking.LINK_PREFIX)) {
                return Next.handover(StaffChatLinking.ID, payload.substring(StaffChatLinking.LINK_PREFIX.length()));
            }
            welcome(turn);
            return Next.idle();
        }
        show(turn);
        return Next.idle();
    }

    private void welcome(Turn turn) {
        String name = turn.incoming().firstName() == null ? "" : turn.incoming().firstName();
        turn.say(texts.get(Text.WELCOME, name));
        show(turn);
    }

    private void show(Turn turn) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(List.of(Reply.Button.plain(texts.get(Text.MENU_NEW_REQUEST)),
                Reply.Button.plain(texts.get(Text.MENU_MY_REQUESTS))));
        List<Reply.Button> second = new ArrayList<>();
        if (!isRegistered(turn)) {
            second.add(Reply.Button.plain(texts.get(Text.MENU_REGISTER)));
        }
        second.add(Reply.Button.plain(texts.get(Text.MENU_TRAINING)));
        second.add(Reply.Button.plain(texts.get(Text.MENU_HELP)));
        rows.add(second);
        rows.add(List.of(Reply.Button.plain(texts.get(Text.MENU_ACTIVITY_REPORT)),
                Reply.Button.plain(texts.get(Text.MENU_MY_ACTIVITY_REPORTS))));
        turn.say(new Reply(texts.get(Text.MENU_PROMPT), Reply.Keyboard.reply(rows)));
    }

    private Next onText(Turn turn, Incoming.Text typed) {
        String text = typed.text().strip();
        if (text.equals(texts.get(Text.MENU_REGISTER))) {
            return register(turn);
        } else if (text.equals(texts.get(Text.MENU_NEW_REQUEST))) {
            chooseRequestType(turn);
        } else if (text.equals(texts.get(Text.MENU_MY_REQUESTS))) {
            return Next.handover(MyRequestsFlow.ID, null);
        } else if (text.equals(texts.get(Text.MENU_TRAINING))) {
            return Next.handover(TrainingFlow.ID, null);
        } else if (text.equals(texts.get(Text.MENU_ACTIVITY_REPORT))) {
            return Next.handover(ActivityReportFlow.ID, null);
        } else if (text.equals(texts.get(Text.MENU_MY_ACTIVITY_REPORTS))) {
            return Next.handover(ActivityReportFlow.ID, ActivityReportFlow.LIST);
        } else if (text.equals(texts.get(Text.MENU_HELP))) {
            turn.say(texts.get(Text.HELP));
        } else {
            turn.say(texts.get(Text.NOT_UNDERSTOOD));
            show(turn);
        }
        return Next.stay();
    }

    private Next notUnderstood(Turn turn) {
        turn.say(texts.get(turn.incoming().content() instanceof Incoming.Unsupported ? Text.UNSUPPORTED_CONTENT
                : Text.NOT_UNDERSTOOD));
        show(turn);
        return Next.stay();
    }

    private Next register(Turn turn) {
        if (isRegistered(turn)) {
            turn.say(texts.get(Text.ALREADY_REGISTERED));
            show(turn);
            return Next.stay();
        }
        turn.say(new Reply(texts.get(Text.REGISTRATION_INTRO), Reply.Keyboard.REMOVE));
        return Next.handover(FormRunner.ID, FormStart.of(RequestType.MANAGER_REGISTRATION));
    }

    private void chooseRequestType(Turn turn) {
        if (!isRegistered(turn)) {
            turn.say(texts.get(Text.REGISTER_FIRST));
            show(turn);
            return;
        }
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (RequestType type : REQUEST_TYPES) {
            rows.add(List.of(Reply.Button.callback(texts.get(RequestTexts.typeName(type)),
                    stamp, new ButtonData.ChooseType(type))));
        }
        turn.say(new Reply(texts.get(Text.CHOOSE_REQUEST_TYPE), Reply.Keyboard.inline(rows)));
    }

    private Next startRequest(Turn turn, ButtonData.ChooseType chosen) {
        if (!isRegistered(turn) || !REQUEST_TYPES.contains(chosen.type())) {
            turn.say(texts.get(Text.REGISTER_FIRST));
            show(turn);
            return Next.stay();
        }
        return Next.handover(FormRunner.ID, FormStart.of(chosen.type()));
    }

    private boolean isRegistered(Turn turn) {
        return turn.personId() != null
                && persons.findById(turn.personId()).map(p -> p.isRegistered()).orElse(false);
    }
}
