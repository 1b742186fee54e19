package ir.kanoonyar.backoffice.requests;

import java.util.List;
import java.util.Locale;

import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a decision will do, said before it is confirmed: a county approval on a route that goes on to
 * the province only forwards the request there, a final approval of an establishment also issues
 * its licence, a return sends the named fields back to the applicant.
 */
@Component
class DecisionOutcomes {

    private final RequestWorkflow workflow;
    private final MessageSource messages;

    DecisionOutcomes(RequestWorkflow workflow, MessageSource messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    /** The sentences the confirmation shows, in order. */
    List<String> of(Request request, ReviewLevel level, Decision decision, List<String> fieldLabels) {
        return switch (decision) {
            case APPROVE -> {
                if (level != workflow.routeOf(request).finalLevel()) {
                    yield List.of(text("decision.outcome.forward"), text("decision.outcome.applicantTold"));
                }
                yield request.getType() == RequestType.ESTABLISHMENT
                        ? List.of(text("decision.outcome.approve"), text("decision.outcome.licence"),
                        text("decision.outcome.applicantTold"))
                        : List.of(text("decision.outcome.approve"), text("decision.outcome.applicantTold"));
            }
            case REJECT -> List.of(text("decision.outcome.reject"), text("decision.outcome.applicantTold"));
            case RETURN -> List.of(text("decision.outcome.return", String.join("، ", fieldLabels)),
                    text("decision.outcome.applicantTold"));
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
