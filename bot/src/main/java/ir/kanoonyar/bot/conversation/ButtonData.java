package ir.kanoonyar.bot.conversation;

import java.util.Objects;

import ir.kanoonyar.db.request.RequestType;

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
}
