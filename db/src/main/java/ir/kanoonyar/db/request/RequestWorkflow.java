package ir.kanoonyar.db.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request workflow of docs/domain.md: submit, consents, county and province review, approve, reject,
 * return, withdraw. Every move is checked by {@link RequestStatus} and by the request's
 * {@link ReviewRoute}, and is written to the signed timeline in the same transaction as the status.
 */
@Service
@Transactional
public class RequestWorkflow {

    private final ReviewRouteRepository routes;
    private final ConsentRepository consents;
    private final InquiryRepository inquiries;
    private final InquiryRequirementRepository inquiryRequirements;
    private final GuidelineVersionRepository guidelines;
    private final Timeline timeline;
    private final ApplicantNotices notices;
    private final Clock clock;
    private final ObjectProvider<ApprovalHook> approvalHooks;
    private final ConsentRowLocks consentLocks;

    public RequestWorkflow(ReviewRouteRepository routes, ConsentRepository consents, InquiryRepository inquiries,
                           InquiryRequirementRepository inquiryRequirements, GuidelineVersionRepository guidelines,
                           Timeline timeline, ApplicantNotices notices, Clock clock,
                           ObjectProvider<ApprovalHook> approvalHooks, ConsentRowLocks consentLocks) {
        this.consentLocks = consentLocks;
        this.approvalHooks = approvalHooks;
        this.notices = notices;
        this.routes = routes;
        this.consents = consents;
        this.inquiries = inquiries;
        this.inquiryRequirements = inquiryRequirements;
        this.guidelines = guidelines;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The applicant sends a draft, or a returned request after fixing it. */
    public void submit(Request request, Actor applicant) {
        RequestStatus from = request.getStatus();
        if (from != RequestStatus.DRAFT && from != RequestStatus.RETURNED) {
            throw new IllegalTransitionException(from, RequestStatus.SUBMITTED);
        }
        Instant now = clock.instant();
        ReviewRoute route = routeOf(request);
        request.moveTo(RequestStatus.SUBMITTED, now, null);
        GuidelineVersion guideline = guidelines.findInForceAt(now)
                .orElseThrow(() -> new IllegalStateException("No eligibility guideline is in force"));
        request.markSubmitted(guideline.getId(), now);
        request.clearFieldsToFix();
        RequestStatus next = missingConsents(request, route).isEmpty()
                ? route.firstLevel().reviewStatus()
                : RequestStatus.AWAITING_CONSENTS;
        request.moveTo(next, now, dueAfter(now, route));
        timeline.append(request, from == RequestStatus.DRAFT ? TimelineEventType.SUBMITTED
                : TimelineEventType.RESUBMITTED, from, next, applicant, null, now);
    }

    /** A signer signed or refused in the bot; the request moves on when every consent is in. */
    public void recordConsent(Request request, Consent consent, boolean signed, Long signerPersonId, String comment) {
        // Two signers at once: the second waits here for the first and goes on from what it wrote.
        consentLocks.lockAndRefresh(request);
        comment = PersianText.withoutBidiControls(comment);
        if (request.getStatus() != RequestStatus.AWAITING_CONSENTS) {
            throw new IllegalStateException("Request " + request.getTrackingCode() + " is " + request.getStatus()
                    + ", not waiting for consents");
        }
        Instant now = clock.instant();
        Actor signer = Actor.person(signerPersonId, ActorRole.signer(consent.getRole()));
        if (!signed) {
            consent.refuse(signerPersonId, comment, now);
            request.recordStaffComment(comment, List.of("consent." + consent.getRole().name()));
            request.moveTo(RequestStatus.RETURNED, now, null);
            timeline.append(request, TimelineEventType.CONSENT_REFUSED, RequestStatus.AWAITING_CONSENTS,
                    RequestStatus.RETURNED, signer, comment, now);
            return;
        }
        consent.sign(signerPersonId, comment, now);
        timeline.append(request, TimelineEventType.CONSENT_SIGNED, RequestStatus.AWAITING_CONSENTS,
                RequestStatus.AWAITING_CONSENTS, signer, comment, now);
        ReviewRoute route = routeOf(request);
        if (missingConsents(request, route).isEmpty()) {
            RequestStatus next = route.firstLevel().reviewStatus();
            request.moveTo(next, now, dueAfter(now, route));
            timeline.append(request, TimelineEventType.CONSENTS_COMPLETE, RequestStatus.AWAITING_CONSENTS, next,
                    Actor.system(), null, now);
            notices.tell(request, ApplicantNotice.CONSENTS_COMPLETE, null);
        }
    }

    /**
     * A reviewer approves at their level: below the route's final level this forwards the request to
     * the next level; at the final level it approves, once every consent and inquiry is in and clear,
     * and runs every {@link ApprovalHook} in the same transaction (an establishment gets its licence).
     */
    public void approve(Request request, ReviewLevel level, Actor reviewer, String comment) {
        // Staff and the applicant read it: no bidi control may change what it shows (see PersianText).
        comment = PersianText.withoutBidiControls(comment);
        RequestStatus from = atLevel(request, level, RequestStatus.APPROVED);
        ReviewRoute route = routeOf(request);
        Instant now = clock.instant();
        if (level != route.finalLevel()) {
            RequestStatus next = ReviewLevel.PROVINCE.reviewStatus();
            request.recordStaffComment(comment, List.of());
            request.moveTo(next, now, dueAfter(now, route));
            timeline.append(request, TimelineEventType.FORWARDED, from, next, reviewer, comment, now);
            notices.tell(request, ApplicantNotice.FORWARDED, comment);
            return;
        }
        List<ConsentRole> missing = missingConsents(request, route);
        List<InquiryType> unclear = unclearInquiries(request);
        if (!missing.isEmpty() || !unclear.isEmpty()) {
            throw new ApprovalBlockedException(missing, unclear);
        }
        request.recordStaffComment(comment, List.of());
        request.moveTo(RequestStatus.APPROVED, now, null);
        timeline.append(request, TimelineEventType.APPROVED, from, RequestStatus.APPROVED, reviewer, comment, now);
        notices.tell(request, ApplicantNotice.APPROVED, comment);
        approvalHooks.orderedStream().forEach(hook -> hook.approved(request, now));
    }

    public void reject(Request request, ReviewLevel level, Actor reviewer, String comment) {
        comment = PersianText.withoutBidiControls(comment);
        RequestStatus from = atLevel(request, level, RequestStatus.REJECTED);
        requireComment(comment, "reject");
        Instant now = clock.instant();
        request.recordStaffComment(comment, List.of());
        request.moveTo(RequestStatus.REJECTED, now, null);
        timeline.append(request, TimelineEventType.REJECTED, from, RequestStatus.REJECTED, reviewer, comment, now);
        notices.tell(request, ApplicantNotice.REJECTED, comment);
    }

    /** Sends the request back to the applicant, naming the form fields to fix. */
    public void returnToApplicant(Request request, ReviewLevel level, Actor reviewer, String comment,
                                  List<String> fieldsToFix) {
        comment = PersianText.withoutBidiControls(comment);
        RequestStatus from = atLevel(request, level, RequestStatus.RETURNED);
        requireComment(comment, "return");
        Instant now = clock.instant();
        request.recordStaffComment(comment, fieldsToFix);
        request.moveTo(RequestStatus.RETURNED, now, null);
        String signed = fieldsToFix == null || fieldsToFix.isEmpty()
                ? comment : comment + " [" + String.join(",", fieldsToFix) + "]";
        timeline.append(request, TimelineEventType.RETURNED, from, RequestStatus.RETURNED, reviewer, signed, now);
        notices.tell(request, ApplicantNotice.RETURNED, comment);
    }

    /** The applicant gives up before a decision. */
    public void withdraw(Request request, Actor applicant, String reason) {
        RequestStatus from = request.getStatus();
        Instant now = clock.instant();
        request.moveTo(RequestStatus.WITHDRAWN, now, null);
        timeline.append(request, TimelineEventType.WITHDRAWN, from, RequestStatus.WITHDRAWN, applicant, reason, now);
    }

    /** Consents the route requires that are not signed yet, in role order. */
    public List<ConsentRole> missingConsents(Request request, ReviewRoute route) {
        Set<ConsentRole> signed = consents.findByRequestId(request.getId()).stream()
                .filter(c -> c.getStatus() == ConsentStatus.SIGNED)
                .map(Consent::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentRole.class)));
        return route.consentRoles().stream().filter(role -> !signed.contains(role)).toList();
    }

    /** Required inquiries without a clear answer, in type order. */
    public List<InquiryType> unclearInquiries(Request request) {
        Set<InquiryType> clear = inquiries.findByRequestId(request.getId()).stream()
                .filter(i -> i.getResult() == InquiryResult.CLEAR)
                .map(Inquiry::getType)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InquiryType.class)));
        return inquiryRequirements.findByRequestType(request.getType()).stream()
                .map(InquiryRequirement::getInquiryType)
                .filter(type -> !clear.contains(type))
                .sorted()
                .toList();
    }

    public ReviewRoute routeOf(Request request) {
        return routes.routeFor(request.getProvinceId(), request.getType());
    }

    private static RequestStatus atLevel(Request request, ReviewLevel level, RequestStatus target) {
        RequestStatus from = request.getStatus();
        if (from != level.reviewStatus()) {
            throw new IllegalTransitionException(from, target,
                    "the request is not waiting for " + level + " review");
        }
        return from;
    }

    private static void requireComment(String comment, String action) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A comment is required to " + action + " a request");
        }
    }

    private static Instant dueAfter(Instant now, ReviewRoute route) {
        return now.plus(Duration.ofDays(route.getReviewDays()));
    }
}
