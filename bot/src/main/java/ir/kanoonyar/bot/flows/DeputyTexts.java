package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.db.deputy.DeputyOutcome;

/** The Persian answer to each refusal of the deputy's rules, and the outbox kind of the deputy's messages. */
final class DeputyTexts {

    /** outbox_message.kind of the invitation, the answers and the removal. */
    static final String KIND = "DEPUTY";

    private DeputyTexts() {
    }

    static String refusal(Texts texts, DeputyOutcome.Refused refused) {
        Text text = switch (refused.refusal()) {
            case NOT_YOUR_KANOON -> Text.DEPUTY_REFUSED_NOT_YOUR_KANOON;
            case NOT_A_CODE_OR_PHONE -> Text.DEPUTY_REFUSED_NOT_A_CODE_OR_PHONE;
            case UNREGISTERED -> Text.DEPUTY_REFUSED_UNREGISTERED;
            case IS_THE_MANAGER -> Text.DEPUTY_REFUSED_IS_THE_MANAGER;
            case TOO_OLD -> Text.DEPUTY_REFUSED_TOO_OLD;
            case ALREADY_MANAGING -> Text.DEPUTY_REFUSED_ALREADY_MANAGING;
            case ALREADY_DEPUTY -> Text.DEPUTY_REFUSED_ALREADY_DEPUTY;
            case KANOON_HAS_DEPUTY -> Text.DEPUTY_REFUSED_KANOON_HAS_DEPUTY;
            case NO_DEPUTY -> Text.DEPUTY_REFUSED_NO_DEPUTY;
            case NO_INVITATION -> Text.DEPUTY_REFUSED_NO_INVITATION;
        };
        return texts.get(text, refused.maxAge());
    }
}
