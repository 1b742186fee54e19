package ir.kanoonyar.backoffice.requests;

import java.util.List;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's decision: the move, its signed timeline entry and the applicant's outbox notice in
 * one transaction (RequestWorkflow writes all three). Failures are thrown out of the transaction,
 * which then rolls back whole: {@link StaleDecisionException}, IllegalTransitionException,
 * ApprovalBlockedException, and ObjectOptimisticLockingFailureException at commit when a colleague
 * decided in between.
 */
@Service
public class Decisions {

    private final RequestPages pages;
    private final RequestWorkflow workflow;
    private final Forms forms;

    public Decisions(RequestPages pages, RequestWorkflow workflow, Forms forms) {
        this.pages = pages;
        this.workflow = workflow;
        this.forms = forms;
    }

    @Transactional
    public void decide(StaffScope scope, long requestId, long shownVersion, Decision decision, String comment,
                       List<String> fieldsToFix) {
        Request request = pages.inScope(scope, requestId);
        ReviewLevel level = scope.reviewLevel();
        if (level == null) {
            throw new NotYourStepException();
        }
        if (request.getVersion() != shownVersion) {
            throw new StaleDecisionException(shownVersion, request.getVersion());
        }
        Actor reviewer = new Actor(scope.username(), ActorRole.reviewer(level));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        switch (decision) {
            case APPROVE -> workflow.approve(request, level, reviewer, text);
            case REJECT -> workflow.reject(request, level, reviewer, text);
            case RETURN -> {
                List<String> known = forms.of(request.getType()).fields().stream().map(FieldDefinition::key).toList();
                List<String> fields = fieldsToFix == null ? List.of()
                        : fieldsToFix.stream().filter(known::contains).distinct().toList();
                workflow.returnToApplicant(request, level, reviewer, text, fields);
            }
        }
    }
}
