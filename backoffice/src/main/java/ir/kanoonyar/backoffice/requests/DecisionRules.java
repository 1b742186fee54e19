package ir.kanoonyar.backoffice.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a decision's form must hold before anything is written, checked the same way on the
 * confirmation step and on the decision itself (a post that skipped the confirmation is no less
 * checked): a reason for a rejection or a return, no longer than its column, and a return names at
 * least one field of the form and says why in a few words, so the applicant's fix screen is never
 * empty or unexplained.
 */
@Component
class DecisionRules {

    /** The longest decision comment: the width of timeline_event.comment and request.last_staff_comment. */
    static final int COMMENT_MAX_LENGTH = 2000;

    private final MessageSource messages;
    private final int returnReasonMinLength;

    DecisionRules(MessageSource messages,
                  @Value("${kanoonyar.decisions.return-reason-min-length:10}") int returnReasonMinLength) {
        this.messages = messages;
        this.returnReasonMinLength = returnReasonMinLength;
    }

    /**
     * Why the decision cannot be taken as typed, in Persian, or empty when it can.
     *
     * @param fields the form fields named for a return, already limited to the form's own keys
     */
    Optional<String> refusal(Decision decision, String comment, List<String> fields) {
        String stripped = comment == null ? "" : comment.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (decision.needsComment() && length == 0) {
            return Optional.of(text("decision.commentRequired"));
        }
        if (length > COMMENT_MAX_LENGTH) {
            // Refused here, with the limit, rather than failing on the write of the signed timeline entry.
            return Optional.of(text("decision.commentTooLong", digits(COMMENT_MAX_LENGTH), digits(length)));
        }
        if (decision == Decision.RETURN && fields.isEmpty()) {
            return Optional.of(text("decision.return.noFields"));
        }
        if (decision == Decision.RETURN && length < returnReasonMinLength) {
            return Optional.of(text("decision.return.reasonTooShort", digits(returnReasonMinLength), digits(length)));
        }
        return Optional.empty();
    }

    private static String digits(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
