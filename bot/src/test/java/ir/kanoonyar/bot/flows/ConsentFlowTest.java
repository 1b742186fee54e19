package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.CHAT;
import static ir.kanoonyar.bot.conversation.ConversationHarness.StubFlow.startedText;
import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.forms.FormDescription;
import ir.kanoonyar.db.filing.ConsentSigners;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** A signer through a consent link: contact, decision, comment; and the refusals on the way. */
class ConsentFlowTest {

    private static final String TOKEN = "tok";
    private static final String SIGNER = "09121234567";
    private static final String APPLICANT = "09120000000";
    private static final long APPLICANT_ID = 1;
    private static final long SIGNER_ID = 30;

    private final Texts texts = new Texts();
    private final ConsentRepository consents = mock(ConsentRepository.class);
    private final RequestRepository requests = mock(RequestRepository.class);
    private final RequestWorkflow workflow = mock(RequestWorkflow.class);
    private final PersonRepository persons = mock(PersonRepository.class);
    private final PersonChatRepository chats = mock(PersonChatRepository.class);
    private final ConsentNotices notices = mock(ConsentNotices.class);
    private final FormDescription description = mock(FormDescription.class);
    private final Consent consent = mock(Consent.class);
    private final Request request = mock(Request.class);
    // The signer rules are the real db service, over the same mocked repositories.
    private final ConsentSigners signers = Mocked.build(ConsentSigners.class, consents, persons, chats, workflow);
    private final ConversationHarness chat = new ConversationHarness(Mocked.build(ConsentFlow.class, texts, consents,
            requests, workflow, notices, description, signers));

    {
        when(consents.findByToken(TOKEN)).thenReturn(Optional.of(consent));
        when(consents.findByRequestId(20L)).thenReturn(List.of(consent));
        when(consent.getStatus()).thenReturn(ConsentStatus.PENDING);
        when(consent.getRequestId()).thenReturn(20L);
        when(consent.getSignerMobile()).thenReturn(SIGNER);
        when(consent.getRole()).thenReturn(ConsentRole.IMAM);
        when(requests.findById(20L)).thenReturn(Optional.of(request));
        when(request.getId()).thenReturn(20L);
        when(request.getStatus()).thenReturn(RequestStatus.AWAITING_CONSENTS);
        when(request.getType()).thenReturn(RequestType.ESTABLISHMENT);
        when(request.getApplicantPersonId()).thenReturn(APPLICANT_ID);
        when(request.getTrackingCode()).thenReturn("140512345678");
        when(request.getAnswers()).thenReturn(Map.of());
        Person applicant = mock(Person.class);
        when(applicant.getMobile()).thenReturn(APPLICANT);
        when(persons.findById(APPLICANT_ID)).thenReturn(Optional.of(applicant));
        Person signer = mock(Person.class);
        when(signer.getId()).thenReturn(SIGNER_ID);
        when(persons.save(any())).thenReturn(signer);
        when(description.describe(any(), any(), anyList())).thenReturn("نوع: تأسیس");
    }

    private static Incoming.ContactShared ownContact(String phone) {
        return new Incoming.ContactShared(phone, CHAT);
    }

    private Reply open() {
        return last(chat.begin(ConsentFlow.ID, TOKEN));
    }

    @Test
    void anUnknownLinkIsExplainedAndTheMenuShown() {
        assertThat(texts(chat.begin(ConsentFlow.ID, "nope"))).containsExactly(texts.get(Text.CONSENT_UNKNOWN_LINK),
                startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void anAnsweredLinkIsExplainedAndTheMenuShown() {
        when(consent.getStatus()).thenReturn(ConsentStatus.SIGNED);

        assertThat(texts(chat.begin(ConsentFlow.ID, TOKEN))).containsExactly(
                texts.get(Text.CONSENT_ALREADY_ANSWERED), startedText(Flow.MENU));
    }

    @Test
    void theLinkAsksForTheSignersOwnContact() {
        Reply intro = open();

        assertThat(intro.text()).isEqualTo(texts.get(Text.CONSENT_INTRO, texts.get(Text.CONSENT_ROLE_IMAM),
                texts.get(Text.REQUEST_TYPE_ESTABLISHMENT)));
        assertThat(intro.keyboard().rows().get(0).get(0).request()).isEqualTo(Reply.Button.Request.CONTACT);
        assertThat(chat.flow()).isEqualTo(ConsentFlow.ID);
        assertThat(chat.step()).isEqualTo(ConsentFlow.CONTACT);
    }

    @Test
    void typingInsteadOfSharingTheContactPointsToTheButton() {
        open();

        assertThat(texts(chat.text(SIGNER)).get(0)).isEqualTo(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        assertThat(chat.step()).isEqualTo(ConsentFlow.CONTACT);
    }

    @Test
    void someoneElsesContactOrAnotherNumberIsRefused() {
        open();

        assertThat(texts(chat.send(new Incoming.ContactShared(SIGNER, 8L))).get(0))
                .isEqualTo(texts.get(Text.CONSENT_WRONG_CONTACT));
        assertThat(texts(chat.send(ownContact("+989129999999"))).get(0))
                .isEqualTo(texts.get(Text.CONSENT_WRONG_CONTACT));
        assertThat(chat.step()).isEqualTo(ConsentFlow.CONTACT);
        verify(persons, never()).save(any());
    }

    @Test
    void theRightContactShowsTheRequestAndTheDecisionButtons() {
        open();

        Reply summary = last(chat.send(ownContact("+98 912 123 4567")));

        assertThat(summary.text()).contains("نوع: تأسیس");
        assertThat(labels(summary)).containsExactly(texts.get(Text.CONSENT_SIGN), texts.get(Text.CONSENT_REFUSE));
        assertThat(chat.step()).isEqualTo(ConsentFlow.DECIDE);
        assertThat(chat.session().getPersonId()).isEqualTo(SIGNER_ID);
        verify(chats).save(any(PersonChat.class));
    }

    @Test
    void signingWithoutACommentIsRecordedTheApplicantToldAndTheSignerThanked() {
        open();
        Reply summary = last(chat.send(ownContact(SIGNER)));
        Reply comment = last(chat.press(summary, texts.get(Text.CONSENT_SIGN)));
        assertThat(comment.text()).isEqualTo(texts.get(Text.CONSENT_COMMENT_PROMPT));
        assertThat(chat.step()).isEqualTo(ConsentFlow.COMMENT);

        List<Reply> done = chat.press(comment, texts.get(Text.CONSENT_NO_COMMENT));

        // The signature's notice is queued before what recording it may queue (all signed: on to review).
        InOrder order = inOrder(notices, workflow);
        order.verify(notices).consentAnswered(request, consent, true, null);
        order.verify(workflow).recordConsent(request, consent, true, SIGNER_ID, null);
        assertThat(texts(done)).containsExactly(texts.get(Text.CONSENT_SIGNED_THANKS), startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void refusingWithACommentKeepsTheComment() {
        open();
        chat.send(ownContact(SIGNER));
        chat.press(new ButtonData.ConsentDecide(false));

        List<Reply> done = chat.text("  امام جماعت دیگری دارد  ");

        verify(workflow).recordConsent(request, consent, false, SIGNER_ID, "امام جماعت دیگری دارد");
        assertThat(done.get(0).text()).isEqualTo(texts.get(Text.CONSENT_REFUSED_THANKS));
    }

    @Test
    void typingAtTheDecisionPointsToTheButtons() {
        open();
        chat.send(ownContact(SIGNER));

        assertThat(texts(chat.text("بله"))).containsExactly(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        assertThat(chat.step()).isEqualTo(ConsentFlow.DECIDE);
    }

    @Test
    void aCommentLongerThanItsColumnIsRefusedAndAskedAgain() {
        open();
        chat.send(ownContact(SIGNER));
        chat.press(new ButtonData.ConsentDecide(true));
        String tooLong = "ب".repeat(Consent.COMMENT_MAX_LENGTH + 1);

        assertThat(texts(chat.text(tooLong))).containsExactly(texts.get(Text.CONSENT_COMMENT_TOO_LONG,
                Consent.COMMENT_MAX_LENGTH, Consent.COMMENT_MAX_LENGTH + 1));
        assertThat(chat.step()).isEqualTo(ConsentFlow.COMMENT);
        verify(workflow, never()).recordConsent(any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void theApplicantCannotSignTheirOwnRequest() {
        when(consent.getSignerMobile()).thenReturn(APPLICANT);
        open();

        assertThat(texts(chat.send(ownContact(APPLICANT)))).containsExactly(
                texts.get(Text.CONSENT_SIGNER_IS_APPLICANT), startedText(Flow.MENU));
        verify(persons, never()).save(any());
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aLinkAnsweredMeanwhileEndsTheFlowAtTheNextInput() {
        open();
        chat.send(ownContact(SIGNER));
        when(consent.getStatus()).thenReturn(ConsentStatus.SIGNED);

        assertThat(texts(chat.press(new ButtonData.ConsentDecide(true)))).containsExactly(
                texts.get(Text.CONSENT_ALREADY_ANSWERED), startedText(Flow.MENU));
        verify(workflow, never()).recordConsent(any(), any(), anyBoolean(), any(), isNull());
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aConsentHalfWayThroughBeforeTheDeployResumesAtItsStep() {
        chat.session().moveTo("CONSENT", null, "{\"flow\":\"CONSENT\",\"stamp\":5,\"consent\":{\"token\":\"" + TOKEN
                + "\",\"step\":\"COMMENT\",\"signerPersonId\":" + SIGNER_ID + ",\"sign\":true}}",
                ConversationHarness.NOW);

        chat.pressData("5|no-comment");

        verify(workflow).recordConsent(eq(request), eq(consent), eq(true), eq(SIGNER_ID), isNull());
    }
}
