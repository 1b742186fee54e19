package ir.kanoonyar.bot.flows;

import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;

/** The Persian names of request types and statuses. */
final class RequestTexts {

    private RequestTexts() {
    }

    static Text typeName(RequestType type) {
        return Text.valueOf("REQUEST_TYPE_" + type.name());
    }

    static Text statusName(RequestStatus status) {
        return Text.valueOf("STATUS_" + status.name());
    }
}
