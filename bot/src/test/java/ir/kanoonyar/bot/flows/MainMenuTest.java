package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.StubFlow.startedText;
import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.bot.forms.FormStart;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.Test;

/** The main menu, with the flows it hands over to standing in as stubs. */
class MainMenuTest {

    private static final long REGISTERED = 1;
    private static final long NEWCOMER = 2;

    private final Texts texts = new Texts();
    private final PersonRepository persons = mock(PersonRepository.class);
    private final ConversationHarness chat = new ConversationHarness(ConversationHarness.with(
            new MainMenu(texts, persons), FormRunner.ID, MyRequestsFlow.ID, TrainingFlow.ID, ConsentFlow.ID,
            StaffChatLinking.ID));

    {
        Person registered = mock(Person.class);
        when(registered.isRegistered()).thenReturn(true);
        when(persons.findById(REGISTERED)).thenReturn(Optional.of(registered));
        when(persons.findById(NEWCOMER)).thenReturn(Optional.of(mock(Person.class)));
    }

    @Test
    void startWelcomesByNameAndShowsTheMenuWithRegistrationToNewcomers() {
        List<Reply> replies = chat.command("start");

        assertThat(texts(replies)).containsExactly(texts.get(Text.WELCOME, "زهرا"), texts.get(Text.MENU_PROMPT));
        assertThat(labels(last(replies))).containsExactly(texts.get(Text.MENU_NEW_REQUEST),
                texts.get(Text.MENU_MY_REQUESTS), texts.get(Text.MENU_REGISTER), texts.get(Text.MENU_TRAINING),
                texts.get(Text.MENU_HELP), texts.get(Text.MENU_ACTIVITY_REPORT), texts.get(Text.MENU_MY_ACTIVITY_REPORTS));
        assertThat(last(replies).keyboard().kind()).isEqualTo(Reply.Keyboard.Kind.REPLY);
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aRegisteredManagerIsNotOfferedRegistration() {
        chat.as(REGISTERED);

        assertThat(labels(last(chat.command("menu")))).doesNotContain(texts.get(Text.MENU_REGISTER));
    }

    @Test
    void registeringHandsTheRegistrationFormOver() {
        chat.as(NEWCOMER);

        List<Reply> replies = chat.text(texts.get(Text.MENU_REGISTER));

        assertThat(texts(replies)).containsExactly(texts.get(Text.REGISTRATION_INTRO), startedText(FormRunner.ID));
        assertThat(replies.get(0).keyboard()).isEqualTo(Reply.Keyboard.REMOVE);
        assertThat(chat.stub(FormRunner.ID).starts()).containsExactly(FormStart.of(RequestType.MANAGER_REGISTRATION));
    }

    @Test
    void aRegisteredManagerCannotRegisterAgain() {
        chat.as(REGISTERED);

        assertThat(texts(chat.text(texts.get(Text.MENU_REGISTER)))).containsExactly(
                texts.get(Text.ALREADY_REGISTERED), texts.get(Text.MENU_PROMPT));
    }

    @Test
    void aNewRequestOffersTheSixTypesAndTheChosenOneStartsItsForm() {
        chat.as(REGISTERED);

        Reply types = last(chat.text(texts.get(Text.MENU_NEW_REQUEST)));
        assertThat(types.text()).isEqualTo(texts.get(Text.CHOOSE_REQUEST_TYPE));
        assertThat(labels(types)).hasSize(6).contains(texts.get(Text.REQUEST_TYPE_RESIGNATION));

        chat.press(types, texts.get(Text.REQUEST_TYPE_RESIGNATION));

        assertThat(chat.stub(FormRunner.ID).starts()).containsExactly(FormStart.of(RequestType.RESIGNATION));
    }

    @Test
    void aNewcomerMustRegisterBeforeARequest() {
        chat.as(NEWCOMER);

        assertThat(texts(chat.text(texts.get(Text.MENU_NEW_REQUEST)))).containsExactly(
                texts.get(Text.REGISTER_FIRST), texts.get(Text.MENU_PROMPT));
        assertThat(texts(chat.press(new ButtonData.ChooseType(RequestType.ESTABLISHMENT)))).containsExactly(
                texts.get(Text.REGISTER_FIRST), texts.get(Text.MENU_PROMPT));
        assertThat(chat.stub(FormRunner.ID).starts()).isEmpty();
    }

    @Test
    void registrationIsNotATypeARequestButtonMayStart() {
        chat.as(REGISTERED);

        chat.press(new ButtonData.ChooseType(RequestType.MANAGER_REGISTRATION));

        assertThat(chat.stub(FormRunner.ID).starts()).isEmpty();
    }

    @Test
    void myRequestsAndTrainingAreTheirFlows() {
        chat.text(texts.get(Text.MENU_MY_REQUESTS));
        chat.text(texts.get(Text.MENU_TRAINING));

        assertThat(chat.stub(MyRequestsFlow.ID).starts()).containsExactly(Optional.empty());
        assertThat(chat.stub(TrainingFlow.ID).starts()).containsExactly(Optional.empty());
    }

    @Test
    void theButtonsOfTheirListsAreHandedToThem() {
        chat.press(new ButtonData.Fix(4));
        chat.press(new ButtonData.Withdraw(5));
        chat.press(new ButtonData.TrainingGo(6, 2));

        assertThat(chat.stub(MyRequestsFlow.ID).starts()).containsExactly(new ButtonData.Fix(4),
                new ButtonData.Withdraw(5));
        assertThat(chat.stub(TrainingFlow.ID).starts()).containsExactly(new ButtonData.TrainingGo(6, 2));
    }

    @Test
    void helpIsAMenuItemToo() {
        assertThat(texts(chat.text(texts.get(Text.MENU_HELP)))).containsExactly(texts.get(Text.HELP));
    }

    @Test
    void anythingElseIsNotUnderstoodAndTheMenuShownAgain() {
        assertThat(texts(chat.text("سلام"))).containsExactly(texts.get(Text.NOT_UNDERSTOOD),
                texts.get(Text.MENU_PROMPT));
        assertThat(texts(chat.send(new Incoming.Unsupported("sticker")))).containsExactly(
                texts.get(Text.UNSUPPORTED_CONTENT), texts.get(Text.MENU_PROMPT));
        assertThat(texts(chat.press(new ButtonData.Confirm()))).containsExactly(texts.get(Text.NOT_UNDERSTOOD),
                texts.get(Text.MENU_PROMPT));
    }

    @Test
    void startLinksOpenTheConsentAndTheStaffLinkFlows() {
        chat.send(new Incoming.Command("start", ConsentFlow.LINK_PREFIX + "tok1"));
        chat.send(new Incoming.Command("start", StaffChatLinking.LINK_PREFIX + "tok2"));

        assertThat(chat.stub(ConsentFlow.ID).starts()).containsExactly("tok1");
        assertThat(chat.stub(StaffChatLinking.ID).starts()).containsExactly("tok2");
    }
}
