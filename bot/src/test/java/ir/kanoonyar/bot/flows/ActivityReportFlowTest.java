package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.activity.ActivityAudience;
import ir.kanoonyar.db.activity.ActivityDraft;
import ir.kanoonyar.db.activity.ActivityRefusal;
import ir.kanoonyar.db.activity.ActivityReport;
import ir.kanoonyar.db.activity.ActivityReportRepository;
import ir.kanoonyar.db.activity.ActivityReports;
import ir.kanoonyar.db.activity.ActivitySettings;
import ir.kanoonyar.db.activity.Corridor;
import ir.kanoonyar.db.activity.SubmitOutcome;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import org.junit.jupiter.api.Test;

/** The activity report flow's answers to what the end-to-end test does not walk through. */
class ActivityReportFlowTest {

    private static final long ME = 1;
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private final Texts texts = new Texts();
    private final ActivityReports reports = mock(ActivityReports.class);
    private final ActivityReportRepository reportRows = mock(ActivityReportRepository.class);
    private final ActivitySettings settings = new ActivitySettings(60, 1, 5000, 5, Duration.ofHours(48), 20);
    private final FileIntake files = mock(FileIntake.class);
    private final AttachmentRepository attachments = mock(AttachmentRepository.class);
    private final ConversationHarness chat = new ConversationHarness(ConversationHarness.with(
            new ActivityReportFlow(texts, reports, reportRows, settings, mock(KanoonRepository.class), files,
                    attachments))).as(ME);

    /** A report of mine in the change window, opened for editing: the chat is at its summary. */
    private ActivityDraft atSummary(Long reportId) {
        ActivityReport report = mock(ActivityReport.class);
        when(report.getId()).thenReturn(20L);
        when(reports.changeable(ME, 20)).thenReturn(new ActivityReports.Changeable(report, null));
        ActivityDraft draft = new ActivityDraft();
        draft.key = KEY;
        draft.kanoonId = 3L;
        draft.reportId = reportId;
        draft.corridor = Corridor.SONG;
        draft.title = "سرود نوجوانان";
        draft.activityDate = LocalDate.of(2026, 2, 25);
        draft.audience = ActivityAudience.TEENS;
        draft.participants = 14;
        draft.atSummary = true;
        when(reports.draftOf(report)).thenReturn(draft);
        chat.begin(ActivityReportFlow.ID, new ButtonData.ActivityEditReport(20));
        assertThat(chat.step()).isEqualTo("SUMMARY");
        return draft;
    }

    @Test
    void aReportPastItsWindowOrSomeoneElsesIsNotOpened() {
        when(reports.changeable(ME, 21)).thenReturn(new ActivityReports.Changeable(null,
                ActivityRefusal.NO_LONGER_CHANGEABLE));
        when(reports.changeable(ME, 22)).thenReturn(new ActivityReports.Changeable(null, ActivityRefusal.NOT_FOUND));

        assertThat(texts(chat.begin(ActivityReportFlow.ID, new ButtonData.ActivityEditReport(21))))
                .containsExactly(texts.get(Text.ACTIVITY_NOT_CHANGEABLE, 48L));
        assertThat(texts(chat.begin(ActivityReportFlow.ID, new ButtonData.ActivityWithdraw(22))))
                .containsExactly(texts.get(Text.OLD_BUTTON));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void theFifthPhotoMovesOnWithoutBeingAskedForMore() {
        atSummary(null);
        chat.press(new ButtonData.Edit("PHOTOS"));
        assertThat(chat.step()).isEqualTo("PHOTOS");
        for (long id = 1; id <= 5; id++) {
            Attachment attachment = mock(Attachment.class);
            when(attachment.getSha256()).thenReturn("sha" + id);
            when(attachments.findById(id)).thenReturn(Optional.of(attachment));
            when(files.take(any(), eq(ActivityDraft.PHOTO_FIELD), eq("f" + id), any(), anyBoolean()))
                    .thenReturn(new FileIntake.Outcome(id, null));
        }
        for (int i = 1; i <= 4; i++) {
            chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "f" + i, null, "image/jpeg", 10L));
        }
        assertThat(chat.step()).isEqualTo("PHOTOS");

        var replies = chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "f5", null, "image/jpeg", 10L));

        assertThat(chat.step()).isEqualTo("DESCRIPTION");
        assertThat(last(replies).text()).isEqualTo(texts.get(Text.ACTIVITY_ASK_DESCRIPTION, 1000));
        assertThat(chat.state().activity.photoAttachmentIds).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aSubmitButtonOfAnotherDraftIsStaleAndStoresNothing() {
        atSummary(20L);

        chat.press(new ButtonData.ActivitySubmit("f".repeat(32)));

        verify(reports, never()).submit(any(), any());
        assertThat(chat.step()).isEqualTo("SUMMARY");
    }

    @Test
    void someoneNoLongerTheManagerIsToldAndTheDraftEnds() {
        atSummary(20L);
        when(reports.submit(eq(ME), any())).thenReturn(new SubmitOutcome.Refused(ActivityRefusal.NOT_A_MANAGER));

        assertThat(texts(chat.press(new ButtonData.ActivitySubmit(KEY))))
                .containsExactly(texts.get(Text.ACTIVITY_NO_LONGER_MANAGER));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
        assertThat(chat.state().activity).isNull();
    }

    @Test
    void aTitleTooLongIsRefusedWithItsLengthAndTheQuestionStays() {
        atSummary(20L);
        chat.press(new ButtonData.Edit("TITLE"));
        when(reports.checkTitle(anyString())).thenReturn(Optional.of(ActivityRefusal.TITLE_TOO_LONG));

        assertThat(texts(chat.text("ب".repeat(250)))).containsExactly(texts.get(Text.ACTIVITY_TOO_LONG, 250, 200));
        assertThat(chat.step()).isEqualTo("TITLE");
        assertThat(texts(chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "p", null, "image/jpeg", 1L))))
                .containsExactly(texts.get(Text.ACTIVITY_TEXT_EXPECTED), texts.get(Text.ACTIVITY_ASK_TITLE, 200));
    }
}
