package ir.kanoonyar.bot.conversation;

import java.util.Objects;

import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.ticket.TicketCategory;

/**
 * What an inline button means, one record per kind. {@link ButtonCodec} turns them into the
 * callback data Telegram carries back ("stamp|prefix:fields") and back again; flows only ever see
 * these records. Sealed, so the codec knows every kind there is.
 */
public sealed interface ButtonData {

    /** The part after "stamp|", e.g. "pick:quran"; it must parse back to an equal record. */
    String action();

    /** A request type chosen from the main menu's list. */
    record ChooseType(RequestType type) implements ButtonData {
        public ChooseType {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String action() {
            return "type:" + type.name();
        }
    }

    /** A choice, a yes/no, a kanoon or a mosque picked in a form field (its code or id). */
    record Pick(String value) implements ButtonData {
        public Pick {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String action() {
            return "pick:" + value;
        }
    }

    /** A choice ticked or unticked in a multi-choice field. */
    record Tick(String code) implements ButtonData {
        public Tick {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String action() {
            return "tick:" + code;
        }
    }

    /** The ticks of a multi-choice field are the answer. */
    record TicksDone() implements ButtonData {
        @Override
        public String action() {
            return "done";
        }
    }

    /** An optional field left empty. */
    record Skip() implements ButtonData {
        @Override
        public String action() {
            return "skip";
        }
    }

    /** Change one answer from the form's summary. */
    record Edit(String field) implements ButtonData {
        public Edit {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String action() {
            return "edit:" + field;
        }
    }

    /** Send the form as summarised. */
    record Confirm() implements ButtonData {
        @Override
        public String action() {
            return "confirm";
        }
    }

    /** Drop the form from its summary. */
    record CancelForm() implements ButtonData {
        @Override
        public String action() {
            return "cancel";
        }
    }

    /** Fix a request staff returned. */
    record Fix(long requestId) implements ButtonData {
        @Override
        public String action() {
            return "fix:" + requestId;
        }
    }

    /** Withdraw a pending request (asks for confirmation first). */
    record Withdraw(long requestId) implements ButtonData {
        @Override
        public String action() {
            return "withdraw:" + requestId;
        }
    }

    /** Yes, withdraw it. */
    record WithdrawYes() implements ButtonData {
        @Override
        public String action() {
            return "withdraw-yes";
        }
    }

    /** No, keep it. */
    record WithdrawNo() implements ButtonData {
        @Override
        public String action() {
            return "withdraw-no";
        }
    }

    /** A signer's decision on a consent link. */
    record ConsentDecide(boolean sign) implements ButtonData {
        @Override
        public String action() {
            return sign ? "sign" : "refuse";
        }
    }

    /** A signer adds no comment. */
    record NoComment() implements ButtonData {
        @Override
        public String action() {
            return "no-comment";
        }
    }

    /**
     * Training buttons carry the enrolment and the target, not a place in the conversation, so
     * pressing one twice does the same thing twice.
     */
    sealed interface Training extends ButtonData {
    }

    /** Back to «دوره‌های من». */
    record TrainingList() implements Training {
        @Override
        public String action() {
            return "tr:list";
        }
    }

    record TrainingOpen(long courseId) implements Training {
        @Override
        public String action() {
            return "tr:open:" + courseId;
        }
    }

    /** A lesson of an enrolment, by its position (from 1). */
    record TrainingGo(long enrolmentId, int lesson) implements Training {
        @Override
        public String action() {
            return "tr:go:" + enrolmentId + ":" + lesson;
        }
    }

    record TrainingQuiz(long enrolmentId) implements Training {
        @Override
        public String action() {
            return "tr:quiz:" + enrolmentId;
        }
    }

    record TrainingAnswer(long enrolmentId, long questionId, long optionId) implements Training {
        @Override
        public String action() {
            return "tr:ans:" + enrolmentId + ":" + questionId + ":" + optionId;
        }
    }

    record TrainingCertificate(long enrolmentId) implements Training {
        @Override
        public String action() {
            return "tr:cert:" + enrolmentId;
        }
    }

    /**
     * Another page of a form's county buttons (from 0). The page is not trusted: the form shows the
     * nearest page there is, of the counties of the province already answered.
     */
    record RegionPage(int page) implements ButtonData {
        public RegionPage {
            if (page < 0) {
                throw new IllegalArgumentException("page " + page);
            }
        }

        @Override
        public String action() {
            return "rpage:" + page;
        }
    }

    /**
     * Activity report buttons (issue 9). The ids they carry are checked against the person pressing
     * them: a forged or stale one is refused.
     */
    sealed interface Activity extends ButtonData {
    }

    /** No more photos for this report. */
    record ActivityPhotosDone() implements Activity {
        @Override
        public String action() {
            return "ac:done";
        }
    }

    /** Submit the draft with this key (pressed twice, it stores the report once). */
    record ActivitySubmit(String draftKey) implements Activity {
        public ActivitySubmit {
            Objects.requireNonNull(draftKey, "draftKey");
        }

        @Override
        public String action() {
            return "ac:sub:" + draftKey;
        }
    }

    /** Edit one of «گزارش‌های من». */
    record ActivityEditReport(long reportId) implements Activity {
        @Override
        public String action() {
            return "ac:edit:" + reportId;
        }
    }

    /** Withdraw one of «گزارش‌های من» (asks first). */
    record ActivityWithdraw(long reportId) implements Activity {
        @Override
        public String action() {
            return "ac:wd:" + reportId;
        }
    }

    /** Yes, withdraw that report. */
    record ActivityWithdrawYes(long reportId) implements Activity {
        @Override
        public String action() {
            return "ac:wdy:" + reportId;
        }
    }

    /**
     * «کانون من» buttons carry the kanoon's id; the flow asks the db services again on every press
     * whether the presser manages that kanoon, so a forged id shows nothing.
     */
    sealed interface MyKanoon extends ButtonData {
        long kanoonId();
    }

    /** A kanoon's card (a manager of several picks one). */
    record KanoonOpen(long kanoonId) implements MyKanoon {
        @Override
        public String action() {
            return "mk:o:" + kanoonId;
        }
    }

    /** «ارسال دوباره‌ی پروانه». */
    record KanoonLicence(long kanoonId) implements MyKanoon {
        @Override
        public String action() {
            return "mk:l:" + kanoonId;
        }
    }

    /** «جانشین»: the deputy and what can be done about it. */
    record KanoonDeputy(long kanoonId) implements MyKanoon {
        @Override
        public String action() {
            return "mk:d:" + kanoonId;
        }
    }

    /** «معرفی جانشین»: the manager is asked for the deputy's national code or mobile. */
    record KanoonDeputyName(long kanoonId) implements MyKanoon {
        @Override
        public String action() {
            return "mk:n:" + kanoonId;
        }
    }

    /** «برداشتن جانشین». */
    record KanoonDeputyRemove(long kanoonId) implements MyKanoon {
        @Override
        public String action() {
            return "mk:r:" + kanoonId;
        }
    }

    /**
     * The members roster's buttons (issue 10 item 3). They carry the kanoon or member they act on, never
     * trusted: the flow checks again that the presser manages that kanoon.
     */
    sealed interface Members extends ButtonData {
    }

    /** A page (from 0) of the kanoon's members. */
    record MembersPage(long kanoonId, int page) implements Members {
        @Override
        public String action() {
            return "mb:p:" + kanoonId + ":" + page;
        }
    }

    record MemberAdd(long kanoonId) implements Members {
        @Override
        public String action() {
            return "mb:add:" + kanoonId;
        }
    }

    /** «دریافت فایل نمونه». */
    record MembersTemplate(long kanoonId) implements Members {
        @Override
        public String action() {
            return "mb:tpl:" + kanoonId;
        }
    }

    /** «بارگذاری فایل اعضا»: the chat then waits for the spreadsheet. */
    record MembersUpload(long kanoonId) implements Members {
        @Override
        public String action() {
            return "mb:up:" + kanoonId;
        }
    }

    record MemberOpen(long memberId) implements Members {
        @Override
        public String action() {
            return "mb:o:" + memberId;
        }
    }

    /** Change one value of a member; field is a {@code MemberColumn} name. */
    record MemberEdit(long memberId, String field) implements Members {
        public MemberEdit {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String action() {
            return "mb:e:" + memberId + ":" + field;
        }
    }

    /** Remove a member (asks first). */
    record MemberRemove(long memberId) implements Members {
        @Override
        public String action() {
            return "mb:rm:" + memberId;
        }
    }

    /** Yes, remove this member. */
    record MemberRemoveYes(long memberId) implements Members {
        @Override
        public String action() {
            return "mb:rmy:" + memberId;
        }
    }

    /** A gender or role chosen while a member is added or changed (its enum name), or SKIP for no phone. */
    record MemberChoice(String value) implements Members {
        public MemberChoice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String action() {
            return "mb:c:" + value;
        }
    }

    /** «تأیید»: import the spreadsheet previewed. */
    record MembersImport() implements Members {
        @Override
        public String action() {
            return "mb:ok";
        }
    }

    /** «انصراف» of the roster's questions and of a previewed spreadsheet. */
    record MembersCancel() implements Members {
        @Override
        public String action() {
            return "mb:no";
        }
    }

    /**
     * «ارسال عکس تابلوی نصب‌شده» under the identity kit (issue 10 item 5): send the photo of the
     * kanoon's installed sign. Sent from the outbox outside any conversation, so it is a lasting
     * button ({@link ButtonCodec#encodeLasting}); the flow checks that the presser manages the kanoon.
     */
    record SignPhotoStart(long kanoonId) implements ButtonData {
        @Override
        public String action() {
            return "sign:" + kanoonId;
        }
    }

    /**
     * Ticket buttons (issue 11): the ticket's id is checked against the person when pressed, so a forged
     * or another person's id is refused.
     */
    sealed interface Ticket extends ButtonData {
    }

    /** A category for a new ticket. */
    record TicketPick(TicketCategory category) implements Ticket {
        public TicketPick {
            Objects.requireNonNull(category, "category");
        }

        @Override
        public String action() {
            return "tk:c:" + category.name();
        }
    }

    /** A knowledge-base answer offered for the question: read it. */
    record TicketKb(long answerId) implements Ticket {
        @Override
        public String action() {
            return "tk:kb:" + answerId;
        }
    }

    /** «پاسخم را نگرفتم»: open the ticket with the question in it. */
    record TicketNotHelped() implements Ticket {
        @Override
        public String action() {
            return "tk:no";
        }
    }

    /** «پاسخم را گرفتم»: no ticket needed. */
    record TicketHelped() implements Ticket {
        @Override
        public String action() {
            return "tk:yes";
        }
    }

    /** A ticket of «تیکت‌های من»: its thread. */
    record TicketShow(long ticketId) implements Ticket {
        @Override
        public String action() {
            return "tk:s:" + ticketId;
        }
    }

    /** Write to a ticket. */
    record TicketReplyTo(long ticketId) implements Ticket {
        @Override
        public String action() {
            return "tk:r:" + ticketId;
        }
    }

    /** A rating of 1 to 5 for a resolved ticket. */
    record TicketStars(long ticketId, int stars) implements Ticket {
        @Override
        public String action() {
            return "tk:st:" + ticketId + ":" + stars;
        }
    }

    /** No comment after a rating. */
    record TicketNoComment() implements Ticket {
        @Override
        public String action() {
            return "tk:nc";
        }
    }

    /** Open a resolved ticket again. */
    record TicketReopen(long ticketId) implements Ticket {
        @Override
        public String action() {
            return "tk:ro:" + ticketId;
        }
    }
}
