package ir.kanoonyar.bot.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ConversationState;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.conversation.ConversationSession;
import ir.kanoonyar.db.filing.ConsentSigners;
import ir.kanoonyar.db.filing.FilingChoices;
import ir.kanoonyar.db.filing.FilingOutcome;
import ir.kanoonyar.db.filing.FilingRefusal;
import ir.kanoonyar.db.filing.RequestSubmission;
import ir.kanoonyar.db.filing.SignerRefusal;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.registration.ManagerRegistration;
import ir.kanoonyar.db.registration.RegistrationChecklist;
import ir.kanoonyar.db.registration.RegistrationOutcome;
import ir.kanoonyar.db.registration.RegistrationRefusal;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.ticket.ServiceRequestTickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the bot says when the db services refuse a confirmed form: the rules live in db, the words in
 * the bot. An answer to fix leaves the person at the summary; a request no longer theirs to send
 * goes back to the menu.
 */
class RequestFilingRefusalsTest {

    private final ManagerRegistration registration = mock(ManagerRegistration.class);
    private final RequestSubmission submission = mock(RequestSubmission.class);
    private final ConsentSigners signers = mock(ConsentSigners.class);
    private final RequestFiling filing = new RequestFiling(new Texts(), registration,
            mock(RegistrationChecklist.class), submission, signers, mock(FilingChoices.class), mock(ConsentLinks.class),
            new FormMessages(), mock(ServiceRequestTickets.class));
    private final ConversationState state = new ConversationState();
    private Turn turn;

    @BeforeEach
    void atTheSummaryOfAForm() {
        state.flow = FormRunner.ID;
        state.form = new ConversationState.FormState();
        state.form.atSummary = false;
        ConversationSession session = new ConversationSession(Channel.SIMULATOR, 7, Instant.now());
        session.setPersonId(41L);
        turn = new Turn(new Incoming(Channel.SIMULATOR, 7, 7, "تست", new Incoming.Text("تأیید")), session, state,
                new ArrayList<>());
    }

    @Test
    void aNationalCodeTakenKeepsItsOwnWords() {
        state.form.type = RequestType.MANAGER_REGISTRATION;
        when(registration.register(eq(41L), any(), anyMap())).thenReturn(new RegistrationOutcome.Refused(
                RegistrationRefusal.NATIONAL_CODE_TAKEN, FieldKeys.NATIONAL_CODE));

        Next next = filing.confirmed(turn, state.form);

        assertThat(said()).containsExactly("این کد ملی پیش‌تر با شماره‌ی دیگری ثبت شده است. اگر کد ملی را درست وارد "
                + "کرده‌اید، با اداره‌ی ارشاد شهرستان تماس بگیرید؛ وگرنه آن را اصلاح کنید.");
        assertThat(state.form.atSummary).isTrue();
        assertThat(next).isEqualTo(Next.to(FormRunner.SUMMARY));
    }

    @Test
    void anotherRefusedAnswerIsNamedByItsLabelAndLeftToFixFromTheSummary() {
        state.form.type = RequestType.MANAGER_REGISTRATION;
        when(registration.register(eq(41L), any(), anyMap())).thenReturn(new RegistrationOutcome.Refused(
                RegistrationRefusal.REGION_UNKNOWN, FieldKeys.COUNTY));

        assertThat(filing.confirmed(turn, state.form)).isEqualTo(Next.to(FormRunner.SUMMARY));

        assertThat(said()).singleElement().asString().contains("«شهرستان»").contains("چیزی فرستاده نشد");
        assertThat(state.form.atSummary).isTrue();
    }

    @Test
    void oneNumberForBothSignersIsRefusedInTheFormsWords() {
        state.form.type = RequestType.ESTABLISHMENT;
        when(submission.file(eq(41L), eq(RequestType.ESTABLISHMENT), anyMap())).thenReturn(
                new FilingOutcome.SignerRefused(new SignerRefusal(SignerRefusal.Reason.SAME_AS_OTHER_ROLE,
                        ConsentRole.TRUSTEES_HEAD, ConsentRole.IMAM)));

        assertThat(filing.confirmed(turn, state.form)).isEqualTo(Next.to(FormRunner.SUMMARY));

        assertThat(said()).containsExactly("این شماره را برای امام جماعت نوشته‌اید. شماره‌ی همراه رئیس هیئت امنا را "
                + "بنویسید: امام جماعت و رئیس هیئت امنا باید دو نفر متفاوت باشند.");
        assertThat(state.form.atSummary).isTrue();
    }

    @Test
    void aSignerNumberTypedAsTheApplicantsOwnIsRefusedBeforeTheNextQuestion() {
        state.form.type = RequestType.ESTABLISHMENT;
        when(signers.numberRefusal(eq(41L), eq(FieldKeys.IMAM_MOBILE), eq("09120000000"), anyMap())).thenReturn(
                Optional.of(new SignerRefusal(SignerRefusal.Reason.SIGNER_IS_APPLICANT, ConsentRole.IMAM, null)));

        assertThat(filing.refusal(turn, state.form, FieldKeys.IMAM_MOBILE, "09120000000"))
                .startsWith("این شماره‌ی خود شماست. شماره‌ی همراه امام جماعت را بنویسید");
        assertThat(filing.refusal(turn, state.form, FieldKeys.IMAM_MOBILE, "09121111111")).isNull();
    }

    @Test
    void aRequestNoLongerReturnedIsAnOldButtonAndBackToTheMenu() {
        state.form.type = RequestType.ESTABLISHMENT;
        state.form.requestId = 99L;
        when(submission.resubmit(eq(41L), eq(99L), anyList(), anyMap())).thenReturn(
                new FilingOutcome.Refused(FilingRefusal.NOT_RETURNED, null));

        Next next = filing.confirmed(turn, state.form);

        assertThat(said()).containsExactly("این دکمه مربوط به پیام قدیمی است. لطفاً از آخرین پیام ادامه دهید.");
        assertThat(state.form).isNull();
        assertThat(next).isEqualTo(Next.menu());
    }

    private List<String> said() {
        return turn.replies().stream().map(Reply::text).toList();
    }
}
