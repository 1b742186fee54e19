package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.conversation.Callback;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.stereotype.Component;

/** The main menu: a reply keyboard that stays under the chat, and the choice of a request type. */
@Component
public class MainMenu {

    /** Request types a registered manager can start from the menu, in the order shown. */
    static final List<RequestType> REQUEST_TYPES = List.of(RequestType.ESTABLISHMENT, RequestType.MANAGER_CHANGE,
            RequestType.RESIGNATION, RequestType.RETIREMENT, RequestType.LICENCE_RENEWAL,
            RequestType.SERVICE_REQUEST);

    private final Texts texts;
    private final FormRunner forms;
    private final MyRequestsFlow myRequests;
    private final PersonRepository persons;
    private final TrainingFlow training;

    public MainMenu(Texts texts, FormRunner forms, MyRequestsFlow myRequests, PersonRepository persons,
                    TrainingFlow training) {
        this.texts = texts;
        this.forms = forms;
        this.myRequests = myRequests;
        this.persons = persons;
        this.training = training;
    }

    public void welcome(Turn turn) {
        String name = turn.incoming().firstName() == null ? "" : turn.incoming().firstName();
        turn.say(texts.get(Text.WELCOME, name));
        show(turn);
    }

    public void show(Turn turn) {
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
        turn.say(new Reply(texts.get(Text.MENU_PROMPT), Reply.Keyboard.reply(rows)));
    }

    public void onInput(Turn turn) {
        Incoming.Content content = turn.incoming().content();
        if (content instanceof Incoming.Text typed) {
            String text = typed.text().strip();
            if (text.equals(texts.get(Text.MENU_REGISTER))) {
                register(turn);
            } else if (text.equals(texts.get(Text.MENU_NEW_REQUEST))) {
                chooseRequestType(turn);
            } else if (text.equals(texts.get(Text.MENU_MY_REQUESTS))) {
                myRequests.show(turn);
            } else if (text.equals(texts.get(Text.MENU_TRAINING))) {
                training.show(turn);
            } else if (text.equals(texts.get(Text.MENU_HELP))) {
                turn.say(texts.get(Text.HELP));
            } else {
                turn.say(texts.get(Text.NOT_UNDERSTOOD));
                show(turn);
            }
            return;
        }
        if (content instanceof Incoming.ButtonPressed pressed) {
            String action = Callback.action(pressed.data());
            if (action.startsWith("type:")) {
                startRequest(turn, action.substring("type:".length()));
                return;
            }
            if (myRequests.onButton(turn, action) || training.onButton(turn, action)) {
                return;
            }
        }
        turn.say(texts.get(content instanceof Incoming.Unsupported ? Text.UNSUPPORTED_CONTENT : Text.NOT_UNDERSTOOD));
        show(turn);
    }

    private void register(Turn turn) {
        if (isRegistered(turn)) {
            turn.say(texts.get(Text.ALREADY_REGISTERED));
            show(turn);
            return;
        }
        turn.say(new Reply(texts.get(Text.REGISTRATION_INTRO), Reply.Keyboard.REMOVE));
        forms.start(turn, RequestType.MANAGER_REGISTRATION);
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
                    Callback.data(stamp, "type:" + type.name()))));
        }
        turn.say(new Reply(texts.get(Text.CHOOSE_REQUEST_TYPE), Reply.Keyboard.inline(rows)));
    }

    private void startRequest(Turn turn, String typeName) {
        RequestType type;
        try {
            type = RequestType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return;
        }
        if (!isRegistered(turn) || !REQUEST_TYPES.contains(type)) {
            turn.say(texts.get(Text.REGISTER_FIRST));
            show(turn);
            return;
        }
        forms.start(turn, type);
    }

    private boolean isRegistered(Turn turn) {
        return turn.personId() != null
                && persons.findById(turn.personId()).map(p -> p.isRegistered()).orElse(false);
    }
}
