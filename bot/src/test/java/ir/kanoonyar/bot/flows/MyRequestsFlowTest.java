package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.StubFlow.startedText;
import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.bot.forms.FormStart;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.junit.jupiter.api.Test;

/** "My requests": the list, fixing a returned request, withdrawing a pending one. */
class MyRequestsFlowTest {

    private static final long ME = 1;
    private static final String CODE = "140512345678";

    private final Texts texts = new Texts();
    private final RequestRepository requests = mock(RequestRepository.class);
    private final RequestWorkflow workflow = mock(RequestWorkflow.class);
    private final ConversationHarness chat = new ConversationHarness(ConversationHarness.with(
            new MyRequestsFlow(texts, requests, workflow), FormRunner.ID)).as(ME);

    private Request request(long id, long applicant, RequestStatus status) {
        Request request = mock(Request.class);
        when(request.getId()).thenReturn(id);
        when(request.getApplicantPersonId()).thenReturn(applicant);
        when(request.getStatus()).thenReturn(status);
        when(request.getType()).thenReturn(RequestType.SERVICE_REQUEST);
        when(request.getTrackingCode()).thenReturn(CODE);
        when(request.getAnswers()).thenReturn(Map.of("kanoon", "5", "description", "قدیمی"));
        when(request.getFieldsToFix()).thenReturn(List.of("description"));
        when(request.getLastStaffComment()).thenReturn("شرح کامل‌تر لازم است");
        when(requests.findById(id)).thenReturn(Optional.of(request));
        return request;
    }

    @Test
    void noRequestsSaysSo() {
        assertThat(texts(chat.begin(MyRequestsFlow.ID, null))).containsExactly(texts.get(Text.MY_REQUESTS_EMPTY));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void theListOffersFixForAReturnedRequestAndWithdrawForAPendingOne() {
        Request returned = request(10, ME, RequestStatus.RETURNED);
        Request pending = request(11, ME, RequestStatus.COUNTY_REVIEW);
        when(requests.findByApplicantPersonIdOrderByCreatedAtDesc(ME)).thenReturn(List.of(returned, pending));

        Reply list = last(chat.begin(MyRequestsFlow.ID, null));

        String code = TrackingCode.inText(CODE);
        assertThat(list.text()).startsWith(texts.get(Text.MY_REQUESTS_TITLE)).contains("شرح کامل‌تر لازم است");
        assertThat(labels(list)).containsExactly(texts.get(Text.MY_REQUEST_FIX, code),
                texts.get(Text.MY_REQUEST_WITHDRAW, code), texts.get(Text.MY_REQUEST_WITHDRAW, code));
        assertThat(chat.flow()).as("the list is shown from the menu, the chat stays there").isEqualTo(Flow.MENU);
    }

    @Test
    void fixingExplainsWhyAndHandsTheNamedFieldsToTheForm() {
        request(10, ME, RequestStatus.RETURNED);

        List<Reply> replies = chat.begin(MyRequestsFlow.ID, new ButtonData.Fix(10));

        assertThat(texts(replies)).containsExactly(texts.get(Text.FIX_INTRO, TrackingCode.inText(CODE),
                "شرح کامل‌تر لازم است"), startedText(FormRunner.ID));
        assertThat(chat.stub(FormRunner.ID).starts()).containsExactly(FormStart.fix(RequestType.SERVICE_REQUEST, 10,
                List.of("description"), Map.of("kanoon", "5", "description", "قدیمی")));
    }

    @Test
    void anotherPersonsRequestOrOneNoLongerReturnedIsAStaleButton() {
        request(10, 99, RequestStatus.RETURNED);
        request(12, ME, RequestStatus.APPROVED);

        assertThat(texts(chat.begin(MyRequestsFlow.ID, new ButtonData.Fix(10)))).containsExactly(
                texts.get(Text.OLD_BUTTON));
        assertThat(texts(chat.begin(MyRequestsFlow.ID, new ButtonData.Fix(12)))).containsExactly(
                texts.get(Text.OLD_BUTTON));
        assertThat(texts(chat.begin(MyRequestsFlow.ID, new ButtonData.Withdraw(12)))).containsExactly(
                texts.get(Text.OLD_BUTTON));
        assertThat(chat.stub(FormRunner.ID).starts()).isEmpty();
    }

    @Test
    void withdrawingAsksFirstAndYesWithdraws() {
        Request pending = request(11, ME, RequestStatus.COUNTY_REVIEW);

        Reply ask = last(chat.begin(MyRequestsFlow.ID, new ButtonData.Withdraw(11)));
        assertThat(ask.text()).isEqualTo(texts.get(Text.WITHDRAW_CONFIRM, TrackingCode.inText(CODE)));
        assertThat(chat.flow()).isEqualTo(MyRequestsFlow.ID);
        assertThat(chat.step()).isEqualTo(MyRequestsFlow.CONFIRM_WITHDRAW);

        List<Reply> done = chat.press(ask, texts.get(Text.WITHDRAW_YES));

        verify(workflow).withdraw(any(), any(), any());
        assertThat(texts(done)).containsExactly(texts.get(Text.WITHDRAWN, TrackingCode.inText(CODE)),
                startedText(Flow.MENU));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void cancelOrAnythingElseKeepsTheRequest() {
        request(11, ME, RequestStatus.COUNTY_REVIEW);
        Reply ask = last(chat.begin(MyRequestsFlow.ID, new ButtonData.Withdraw(11)));

        assertThat(texts(chat.press(ask, texts.get(Text.SUMMARY_CANCEL)))).containsExactly(
                texts.get(Text.CANCELLED), startedText(Flow.MENU));

        chat.begin(MyRequestsFlow.ID, new ButtonData.Withdraw(11));
        assertThat(texts(chat.text("بله"))).containsExactly(texts.get(Text.CANCELLED), startedText(Flow.MENU));
        verify(workflow, never()).withdraw(any(), any(), any());
    }

    @Test
    void aRequestThatMovedOnWhileAskingIsNotWithdrawn() {
        Request pending = request(11, ME, RequestStatus.COUNTY_REVIEW);
        Reply ask = last(chat.begin(MyRequestsFlow.ID, new ButtonData.Withdraw(11)));
        when(pending.getStatus()).thenReturn(RequestStatus.APPROVED);

        assertThat(texts(chat.press(ask, texts.get(Text.WITHDRAW_YES)))).containsExactly(
                texts.get(Text.OLD_BUTTON), startedText(Flow.MENU));
        verify(workflow, never()).withdraw(any(), any(), any());
    }

    @Test
    void aWithdrawalBeingConfirmedBeforeTheDeployStillCompletes() {
        request(11, ME, RequestStatus.COUNTY_REVIEW);
        chat.session().moveTo("WITHDRAW", null, "{\"flow\":\"WITHDRAW\",\"stamp\":3,\"requestId\":11}",
                ConversationHarness.NOW);

        List<Reply> done = chat.pressData("3|withdraw-yes");

        verify(workflow).withdraw(any(), any(), any());
        assertThat(done.get(0).text()).isEqualTo(texts.get(Text.WITHDRAWN, TrackingCode.inText(CODE)));
    }
}
