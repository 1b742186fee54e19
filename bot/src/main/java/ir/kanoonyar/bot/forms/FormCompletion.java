package ir.kanoonyar.bot.forms;

import java.util.List;

import ir.kanoonyar.bot.conversation.ConversationState.FormState;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Turn;

/**
 * What happens around a form: the flows decide what a confirmed form becomes (a registration, a
 * request, a fixed request) and may add notes to its summary (the eligibility checklist). An
 * interface so the form runner does not depend on the flows that use it.
 */
public interface FormCompletion {

    /** Lines shown under the summary before the person confirms. */
    List<String> summaryNotes(Turn turn, FormState form);

    /**
     * The person confirmed the summary: file what the form is for and say so. Returns
     * {@link Next#menu()} when done, or {@code Next.to(FormRunner.SUMMARY)} to keep the summary (after
     * saying why the form cannot be filed as it is).
     */
    Next confirmed(Turn turn, FormState form);

    /** The kanoons a KANOON field may offer to this person: id → name. */
    java.util.Map<Long, String> kanoonsOf(Turn turn);

    /**
     * Mosques whose name contains the typed text, for a MOSQUE field: id → name, at most a screenful,
     * in the county answered earlier in the form or else the person's own.
     */
    java.util.Map<Long, String> mosquesMatching(Turn turn, FormState form, String typed);

    /**
     * Why an answer that is valid on its own is refused beside the rest (a signer's number that is the
     * applicant's own or the other signer's), as a Persian text; null when it is fine. The field is
     * then asked again.
     */
    default String refusal(Turn turn, FormState form, String fieldKey, String value) {
        return null;
    }
}
