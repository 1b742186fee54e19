package ir.kanoonyar.bot.flows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.activity.ActivityAudience;
import ir.kanoonyar.db.activity.ActivityDraft;
import ir.kanoonyar.db.activity.ActivityRefusal;
import ir.kanoonyar.db.activity.ActivityReport;
import ir.kanoonyar.db.activity.ActivityReportRepository;
import ir.kanoonyar.db.activity.ActivityReports;
import ir.kanoonyar.db.activity.ActivitySettings;
import ir.kanoonyar.db.activity.ActivityTexts;
import ir.kanoonyar.db.activity.Corridor;
import ir.kanoonyar.db.activity.SubmitOutcome;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.AttachmentRepository;
import org.springframework.stereotype.Component;

/**
 * «گزارش فعالیت» and «گزارش‌های من» (issue 9): a kanoon's manager reports an activity step by step
 * (corridor, title, Jalali date, audience, participants, up to five photos, an optional description),
 * sees a summary with edit buttons and submits it; the draft lives in the conversation state, so it
 * survives days away and restarts. The list shows the reports with their review state, and those
 * still in the change window can be edited or withdrawn. The rules are {@link ActivityReports}'.
 */
@Component
public class ActivityReportFlow implements Flow {

    public static final String ID = "ACTIVITY";
    /** The start argument that shows «گزارش‌های من». */
    public static final String LIST = "LIST";

    static final String CORRIDOR = "CORRIDOR";
    static final String TITLE = "TITLE";
    static final String DATE = "DATE";
    static final String AUDIENCE = "AUDIENCE";
    static final String PARTICIPANTS = "PARTICIPANTS";
    static final String PHOTOS = "PHOTOS";
    static final String DESCRIPTION = "DESCRIPTION";
    static final String SUMMARY = "SUMMARY";
    static final String CONFIRM_WITHDRAW = "CONFIRM_WITHDRAW";

    private static final String DATE_EXAMPLE = "۱۴۰۵/۰۸/۱۵";

    private final Texts texts;
    private final ActivityReports reports;
    private final ActivityReportRepository reportRows;
    private final ActivitySettings settings;
    private final KanoonRepository kanoons;
    private final FileIntake files;
    private final AttachmentRepository attachments;
    private final StateTable table;

    public ActivityReportFlow(Texts texts, ActivityReports reports, ActivityReportRepository reportRows,
                              ActivitySettings settings, KanoonRepository kanoons, FileIntake files,
                              AttachmentRepository attachments) {
        this.texts = texts;
        this.reports = reports;
        this.reportRows = reportRows;
        this.settings = settings;
        this.kanoons = kanoons;
        this.files = files;
        this.attachments = attachments;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(CORRIDOR, SUMMARY, CONFIRM_WITHDRAW))
                .state(CORRIDOR,
                        Handler.button(ButtonData.Pick.class, this::onCorridor).to(TITLE, SUMMARY),
                        Handler.otherwise(this::useButtons))
                .state(TITLE,
                        Handler.text(this::onTitle).to(DATE, SUMMARY),
                        Handler.otherwise(this::textExpected))
                .state(DATE,
                        Handler.text(this::onDate).to(AUDIENCE, SUMMARY),
                        Handler.otherwise(this::textExpected))
                .state(AUDIENCE,
                        Handler.button(ButtonData.Pick.class, this::onAudience).to(PARTICIPANTS, SUMMARY),
                        Handler.otherwise(this::useButtons))
                .state(PARTICIPANTS,
                        Handler.text(this::onParticipants).to(PHOTOS, SUMMARY),
                        Handler.otherwise(this::textExpected))
                .state(PHOTOS,
                        Handler.file(this::onPhoto).to(DESCRIPTION, SUMMARY),
                        Handler.button(ButtonData.ActivityPhotosDone.class, (t, b) -> photosDone(t))
                                .to(DESCRIPTION, SUMMARY),
                        Handler.text(this::onPhotosText).to(DESCRIPTION, SUMMARY),
                        Handler.otherwise(this::photosExpected))
                .state(DESCRIPTION,
                        Handler.text(this::onDescription).to(SUMMARY),
                        Handler.button(ButtonData.Skip.class, (t, b) -> noDescription(t)).to(SUMMARY),
                        Handler.otherwise(this::textExpected))
                .state(SUMMARY,
                        Handler.button(ButtonData.Edit.class, this::onEdit)
                                .to(CORRIDOR, TITLE, DATE, AUDIENCE, PARTICIPANTS, PHOTOS, DESCRIPTION),
                        Handler.button(ButtonData.ActivitySubmit.class, this::onSubmit),
                        Handler.button(ButtonData.CancelForm.class, (t, b) -> discard(t)).handsOverTo(MENU),
                        Handler.otherwise(this::showSummaryAgain))
                .state(CONFIRM_WITHDRAW,
                        Handler.button(ButtonData.ActivityWithdrawYes.class, this::withdraw).handsOverTo(MENU),
                        Handler.otherwise(this::keep).handsOverTo(MENU))
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

    /**
     * null: a new report; {@link #LIST}: «گزارش‌های من»; an {@link ButtonData.Activity} button pressed
     * at the main menu (a list's edit or withdraw, a submit pressed again).
     */
    @Override
    public Next start(Turn turn, Object argument) {
        if (LIST.equals(argument)) {
            showMine(turn);
            return Next.idle();
        }
        if (argument instanceof ButtonData.ActivitySubmit submit) {
            boolean mine = reportRows.findByDraftKey(submit.draftKey())
                    .filter(r -> r.getManagerPersonId().equals(turn.personId())).isPresent();
            turn.say(texts.get(mine ? Text.ACTIVITY_ALREADY_SUBMITTED : Text.OLD_BUTTON));
            return Next.idle();
        }
        if (argument instanceof ButtonData.ActivityEditReport edit) {
            ActivityReports.Changeable found = reports.changeable(turn.personId(), edit.reportId());
            if (found.refusal() != null) {
                return refusedChange(turn, found.refusal());
            }
            turn.state().activity = reports.draftOf(found.report());
            showSummary(turn);
            return Next.to(SUMMARY);
        }
        if (argument instanceof ButtonData.ActivityWithdraw withdraw) {
            ActivityReports.Changeable found = reports.changeable(turn.personId(), withdraw.reportId());
            if (found.refusal() != null) {
                return refusedChange(turn, found.refusal());
            }
            int stamp = turn.nextStamp();
            turn.say(new Reply(texts.get(Text.ACTIVITY_WITHDRAW_CONFIRM, found.report().getTitle()),
                    Reply.Keyboard.inline(List.of(List.of(
                            Reply.Button.callback(texts.get(Text.ACTIVITY_WITHDRAW_YES), stamp,
                                    new ButtonData.ActivityWithdrawYes(found.report().getId())),
                            Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), stamp, new ButtonData.WithdrawNo()))))));
            return Next.to(CONFIRM_WITHDRAW);
        }
        if (argument != null) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.idle();
        }
        Optional<Kanoon> kanoon = reports.managedKanoon(turn.personId());
        if (kanoon.isEmpty()) {
            turn.say(texts.get(Text.ACTIVITY_NOT_A_MANAGER));
            return Next.idle();
        }
        ActivityDraft draft = new ActivityDraft();
        draft.key = UUID.randomUUID().toString().replace("-", "");
        draft.kanoonId = kanoon.get().getId();
        turn.state().activity = draft;
        turn.say(texts.get(Text.ACTIVITY_INTRO, kanoon.get().getName()));
        askCorridor(turn);
        return Next.to(CORRIDOR);
    }

    // The steps, each with its question.

    private void askCorridor(Turn turn) {
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> row = new ArrayList<>();
        for (Corridor corridor : Corridor.values()) {
            row.add(Reply.Button.callback(ActivityTexts.corridor(corridor), stamp, new ButtonData.Pick(corridor.name())));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        turn.say(new Reply(texts.get(Text.ACTIVITY_ASK_CORRIDOR), Reply.Keyboard.inline(rows)));
    }

    private Next onCorridor(Turn turn, ButtonData.Pick pick) {
        Optional<Corridor> corridor = parse(Corridor.class, pick.value());
        if (corridor.isEmpty()) {
            turn.say(texts.get(Text.OLD_BUTTON));
            askCorridor(turn);
            return Next.stay();
        }
        draft(turn).corridor = corridor.get();
        return next(turn, TITLE);
    }

    private Next onTitle(Turn turn, Incoming.Text typed) {
        String title = PersianText.normalize(typed.text());
        Optional<ActivityRefusal> refusal = reports.checkTitle(title);
        if (refusal.isPresent()) {
            turn.say(refusal.get() == ActivityRefusal.TITLE_EMPTY ? texts.get(Text.ACTIVITY_TITLE_EMPTY)
                    : texts.get(Text.ACTIVITY_TOO_LONG, title.length(), ActivityReport.TITLE_LENGTH));
            return Next.stay();
        }
        draft(turn).title = title;
        return next(turn, DATE);
    }

    private Next onDate(Turn turn, Incoming.Text typed) {
        ParseResult<JalaliDate> parsed = JalaliDate.parse(typed.text());
        if (!parsed.isValid()) {
            turn.say(texts.get(Text.ACTIVITY_DATE_BAD, DATE_EXAMPLE));
            return Next.stay();
        }
        LocalDate date = parsed.value().toLocalDate();
        Optional<ActivityRefusal> refusal = reports.checkDate(date);
        if (refusal.isPresent()) {
            turn.say(refusal.get() == ActivityRefusal.DATE_IN_FUTURE ? texts.get(Text.ACTIVITY_DATE_FUTURE)
                    : texts.get(Text.ACTIVITY_DATE_TOO_OLD, JalaliDate.from(reports.oldestDate()).formatLong(),
                            settings.maxAgeDays()));
            return Next.stay();
        }
        draft(turn).activityDate = date;
        return next(turn, AUDIENCE);
    }

    private void askAudience(Turn turn) {
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (ActivityAudience audience : ActivityAudience.values()) {
            rows.add(List.of(Reply.Button.callback(ActivityTexts.audience(audience), stamp,
                    new ButtonData.Pick(audience.name()))));
        }
        turn.say(new Reply(texts.get(Text.ACTIVITY_ASK_AUDIENCE), Reply.Keyboard.inline(rows)));
    }

    private Next onAudience(Turn turn, ButtonData.Pick pick) {
        Optional<ActivityAudience> audience = parse(ActivityAudience.class, pick.value());
        if (audience.isEmpty()) {
            turn.say(texts.get(Text.OLD_BUTTON));
            askAudience(turn);
            return Next.stay();
        }
        draft(turn).audience = audience.get();
        return next(turn, PARTICIPANTS);
    }

    private Next onParticipants(Turn turn, Incoming.Text typed) {
        String digits = PersianText.normalize(typed.text());
        Integer count = digits.matches("[0-9]{1,9}") ? Integer.valueOf(digits) : null;
        if (count == null || reports.checkParticipants(count).isPresent()) {
            turn.say(texts.get(Text.ACTIVITY_PARTICIPANTS_BAD, settings.minParticipants(), settings.maxParticipants()));
            return Next.stay();
        }
        draft(turn).participants = count;
        return next(turn, PHOTOS);
    }

    private void askPhotos(Turn turn) {
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.ACTIVITY_ASK_PHOTOS, settings.maxPhotos()), photosDoneKeyboard(stamp)));
    }

    private Reply.Keyboard photosDoneKeyboard(int stamp) {
        return Reply.Keyboard.inline(List.of(List.of(Reply.Button.callback(texts.get(Text.ACTIVITY_PHOTOS_DONE), stamp,
                new ButtonData.ActivityPhotosDone()))));
    }

    private Next onPhoto(Turn turn, Incoming.FileShared file) {
        ActivityDraft draft = draft(turn);
        FileIntake.Outcome taken = files.take(turn.incoming().channel(), ActivityDraft.PHOTO_FIELD, file.fileId(),
                file.fileName(), true);
        if (taken.refusal() != null) {
            turn.say(texts.get(taken.refusal()));
            return Next.stay();
        }
        String sha256 = attachments.findById(taken.attachmentId()).orElseThrow().getSha256();
        if (draft.photoHashes.contains(sha256)) {
            turn.say(texts.get(Text.ACTIVITY_PHOTO_SAME));
            return Next.stay();
        }
        draft.photoAttachmentIds.add(taken.attachmentId());
        draft.photoHashes.add(sha256);
        if (draft.photoAttachmentIds.size() >= settings.maxPhotos()) {
            return photosDone(turn);
        }
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.ACTIVITY_PHOTO_KEPT, draft.photoAttachmentIds.size(), settings.maxPhotos()),
                photosDoneKeyboard(stamp)));
        return Next.stay();
    }

    private Next onPhotosText(Turn turn, Incoming.Text typed) {
        if (PersianText.normalize(typed.text()).equals(texts.get(Text.ACTIVITY_PHOTOS_DONE))) {
            return photosDone(turn);
        }
        return photosExpected(turn);
    }

    private Next photosExpected(Turn turn) {
        turn.say(new Reply(texts.get(Text.ACTIVITY_PHOTOS_EXPECTED), photosDoneKeyboard(turn.nextStamp())));
        return Next.stay();
    }

    private Next photosDone(Turn turn) {
        return next(turn, DESCRIPTION);
    }

    private void askDescription(Turn turn) {
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.ACTIVITY_ASK_DESCRIPTION, ActivityReport.DESCRIPTION_LENGTH),
                Reply.Keyboard.inline(List.of(List.of(Reply.Button.callback(texts.get(Text.ACTIVITY_NO_DESCRIPTION),
                        stamp, new ButtonData.Skip()))))));
    }

    private Next onDescription(Turn turn, Incoming.Text typed) {
        String description = PersianText.normalize(typed.text());
        if (reports.checkDescription(description).isPresent()) {
            turn.say(texts.get(Text.ACTIVITY_TOO_LONG, description.length(), ActivityReport.DESCRIPTION_LENGTH));
            return Next.stay();
        }
        draft(turn).description = description.isEmpty() ? null : description;
        return next(turn, SUMMARY);
    }

    private Next noDescription(Turn turn) {
        draft(turn).description = null;
        return next(turn, SUMMARY);
    }

    /** The step after an answer: the given one, or the summary again when an answer was changed from it. */
    private Next next(Turn turn, String step) {
        String target = draft(turn).atSummary ? SUMMARY : step;
        ask(turn, target);
        return Next.to(target);
    }

    private void ask(Turn turn, String step) {
        switch (step) {
            case CORRIDOR -> askCorridor(turn);
            case TITLE -> turn.say(texts.get(Text.ACTIVITY_ASK_TITLE, ActivityReport.TITLE_LENGTH));
            case DATE -> turn.say(texts.get(Text.ACTIVITY_ASK_DATE, DATE_EXAMPLE,
                    JalaliDate.from(reports.oldestDate()).formatLong()));
            case AUDIENCE -> askAudience(turn);
            case PARTICIPANTS -> turn.say(texts.get(Text.ACTIVITY_ASK_PARTICIPANTS, settings.minParticipants(),
                    settings.maxParticipants()));
            case PHOTOS -> askPhotos(turn);
            case DESCRIPTION -> askDescription(turn);
            case SUMMARY -> showSummary(turn);
            default -> throw new IllegalArgumentException(step);
        }
    }

    // The summary, submitting and discarding.

    private void showSummary(Turn turn) {
        ActivityDraft draft = draft(turn);
        draft.atSummary = true;
        String kanoon = kanoons.findById(draft.kanoonId).map(Kanoon::getName).orElse("");
        String photos = draft.reportId != null ? "—" : PersianText.toPersianDigits(
                String.valueOf(draft.photoAttachmentIds.size()));
        String text = texts.get(Text.ACTIVITY_SUMMARY, kanoon, ActivityTexts.corridor(draft.corridor), draft.title,
                JalaliDate.from(draft.activityDate).formatLong(), ActivityTexts.audience(draft.audience),
                draft.participants, photos, draft.description == null ? "—" : draft.description)
                + "\n\n" + texts.get(Text.ACTIVITY_SUMMARY_HINT);
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Text> fields = new ArrayList<>(List.of(Text.ACTIVITY_FIELD_CORRIDOR, Text.ACTIVITY_FIELD_TITLE,
                Text.ACTIVITY_FIELD_DATE, Text.ACTIVITY_FIELD_AUDIENCE, Text.ACTIVITY_FIELD_PARTICIPANTS));
        if (draft.reportId == null) {
            fields.add(Text.ACTIVITY_FIELD_PHOTOS);
        }
        fields.add(Text.ACTIVITY_FIELD_DESCRIPTION);
        List<Reply.Button> row = new ArrayList<>();
        for (Text field : fields) {
            row.add(Reply.Button.callback(texts.get(Text.SUMMARY_EDIT, texts.get(field)), stamp,
                    new ButtonData.Edit(stepOf(field))));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.ACTIVITY_SUBMIT), stamp,
                        new ButtonData.ActivitySubmit(draft.key)),
                Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), stamp, new ButtonData.CancelForm())));
        turn.say(new Reply(text, Reply.Keyboard.inline(rows)));
    }

    private static String stepOf(Text field) {
        return field.name().substring("ACTIVITY_FIELD_".length());
    }

    private Next onEdit(Turn turn, ButtonData.Edit edit) {
        ActivityDraft draft = draft(turn);
        String step = edit.field();
        boolean known = List.of(CORRIDOR, TITLE, DATE, AUDIENCE, PARTICIPANTS, DESCRIPTION).contains(step)
                || (step.equals(PHOTOS) && draft.reportId == null);
        if (!known) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return showSummaryAgain(turn);
        }
        if (step.equals(PHOTOS)) {
            draft.photoAttachmentIds.clear();
            draft.photoHashes.clear();
            // Photos are asked one by one until «تمام»; the summary comes after them.
            draft.atSummary = false;
            askPhotos(turn);
            return Next.to(PHOTOS);
        }
        ask(turn, step);
        return Next.to(step);
    }

    private Next showSummaryAgain(Turn turn) {
        showSummary(turn);
        return Next.stay();
    }

    private Next onSubmit(Turn turn, ButtonData.ActivitySubmit submit) {
        ActivityDraft draft = draft(turn);
        if (!submit.draftKey().equals(draft.key)) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return showSummaryAgain(turn);
        }
        SubmitOutcome outcome = reports.submit(turn.personId(), draft);
        if (outcome instanceof SubmitOutcome.Submitted submitted) {
            if (submitted.edited()) {
                turn.say(texts.get(Text.ACTIVITY_EDITED));
            } else {
                turn.say(texts.get(Text.ACTIVITY_SUBMITTED, settings.changeWindow().toHours()));
                if (submitted.report().isDuplicatePhoto()) {
                    turn.say(texts.get(Text.ACTIVITY_DUPLICATE_PHOTO_NOTED));
                }
            }
            return Next.idle();
        }
        if (outcome instanceof SubmitOutcome.AlreadySubmitted) {
            turn.say(texts.get(Text.ACTIVITY_ALREADY_SUBMITTED));
            return Next.idle();
        }
        ActivityRefusal refusal = ((SubmitOutcome.Refused) outcome).refusal();
        switch (refusal) {
            case NOT_A_MANAGER -> {
                turn.say(texts.get(Text.ACTIVITY_NO_LONGER_MANAGER));
                return Next.idle();
            }
            case NOT_FOUND, NO_LONGER_CHANGEABLE -> {
                return refusedChange(turn, refusal);
            }
            case DATE_IN_FUTURE, DATE_TOO_OLD -> turn.say(refusal == ActivityRefusal.DATE_IN_FUTURE
                    ? texts.get(Text.ACTIVITY_DATE_FUTURE)
                    : texts.get(Text.ACTIVITY_DATE_TOO_OLD, JalaliDate.from(reports.oldestDate()).formatLong(),
                            settings.maxAgeDays()));
            case PARTICIPANTS_OUT_OF_BOUNDS -> turn.say(texts.get(Text.ACTIVITY_PARTICIPANTS_BAD,
                    settings.minParticipants(), settings.maxParticipants()));
            default -> {
                turn.say(texts.get(Text.ACTIVITY_INCOMPLETE));
                return Next.idle();
            }
        }
        return showSummaryAgain(turn);
    }

    private Next discard(Turn turn) {
        turn.say(texts.get(Text.ACTIVITY_DISCARDED));
        return Next.menu();
    }

    // «گزارش‌های من», withdrawing.

    private void showMine(Turn turn) {
        List<ActivityReport> mine = reports.mine(turn.personId());
        if (mine.isEmpty()) {
            turn.say(texts.get(Text.ACTIVITY_MY_EMPTY));
            return;
        }
        int stamp = turn.nextStamp();
        StringBuilder text = new StringBuilder(texts.get(Text.ACTIVITY_MY_TITLE));
        List<List<Reply.Button>> rows = new ArrayList<>();
        int n = 0;
        for (ActivityReport report : mine) {
            n++;
            text.append("\n\n").append(texts.get(Text.ACTIVITY_MY_LINE, n, report.getTitle(),
                    JalaliDate.from(report.getActivityDate()).formatLong(), ActivityTexts.status(report.getStatus())));
            if (report.getReviewReason() != null) {
                text.append('\n').append(texts.get(Text.ACTIVITY_MY_REASON, report.getReviewReason()));
            }
            if (reports.isChangeable(report)) {
                text.append('\n').append(texts.get(Text.ACTIVITY_MY_CHANGE_UNTIL,
                        JalaliDate.tehranDayAndTime(report.getSubmittedAt().plus(settings.changeWindow()))));
                rows.add(List.of(
                        Reply.Button.callback(texts.get(Text.ACTIVITY_EDIT_BUTTON, n), stamp,
                                new ButtonData.ActivityEditReport(report.getId())),
                        Reply.Button.callback(texts.get(Text.ACTIVITY_WITHDRAW_BUTTON, n), stamp,
                                new ButtonData.ActivityWithdraw(report.getId()))));
            }
        }
        turn.say(new Reply(text.toString(), rows.isEmpty() ? Reply.Keyboard.NONE : Reply.Keyboard.inline(rows)));
    }

    private Next withdraw(Turn turn, ButtonData.ActivityWithdrawYes yes) {
        Optional<ActivityReport> report = reportRows.findById(yes.reportId())
                .filter(r -> r.getManagerPersonId().equals(turn.personId()));
        Optional<ActivityRefusal> refusal = reports.withdraw(turn.personId(), yes.reportId());
        if (refusal.isPresent()) {
            refusedChange(turn, refusal.get());
        } else {
            turn.say(texts.get(Text.ACTIVITY_WITHDRAWN, report.map(ActivityReport::getTitle).orElse("")));
        }
        return Next.menu();
    }

    private Next keep(Turn turn) {
        turn.say(texts.get(Text.ACTIVITY_KEPT));
        return Next.menu();
    }

    private Next refusedChange(Turn turn, ActivityRefusal refusal) {
        turn.say(refusal == ActivityRefusal.NO_LONGER_CHANGEABLE
                ? texts.get(Text.ACTIVITY_NOT_CHANGEABLE, settings.changeWindow().toHours())
                : texts.get(Text.OLD_BUTTON));
        return Next.idle();
    }

    // Whatever else came.

    private Next useButtons(Turn turn) {
        turn.say(texts.get(Text.ACTIVITY_USE_BUTTONS));
        ask(turn, turn.state().step);
        return Next.stay();
    }

    private Next textExpected(Turn turn) {
        turn.say(texts.get(Text.ACTIVITY_TEXT_EXPECTED));
        ask(turn, turn.state().step);
        return Next.stay();
    }

    private static ActivityDraft draft(Turn turn) {
        return turn.state().activity;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
