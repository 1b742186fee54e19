package ir.kanoonyar.backoffice.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.Timeline;
import ir.kanoonyar.db.request.TimelineEventType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds inquiries to a request and records their answers, each with its signed timeline entry, in
 * one transaction. The request must lie in the staff member's scope (404 otherwise); refusals are
 * thrown as {@link InquiryProblem.Refused} and roll the whole transaction back.
 */
@Service
public class Inquiries {

    /** Inquiries are asked and answered while the request is still open. */
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.AWAITING_CONSENTS,
            RequestStatus.COUNTY_REVIEW, RequestStatus.PROVINCE_REVIEW, RequestStatus.RETURNED);

    private final RequestPages pages;
    private final InquiryRepository inquiries;
    private final AttachmentStore store;
    private final Timeline timeline;
    private final MessageSource messages;
    private final Clock clock;

    public Inquiries(RequestPages pages, InquiryRepository inquiries, AttachmentStore store, Timeline timeline,
                     MessageSource messages, Clock clock) {
        this.messages = messages;
        this.pages = pages;
        this.inquiries = inquiries;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Asks a new inquiry today (Tehran); the due date is typed in Jalali, or left empty. */
    @Transactional
    public Inquiry add(StaffScope scope, long requestId, String typeName, String dueTyped) {
        Request request = pages.inScope(scope, requestId);
        InquiryType type = Arrays.stream(InquiryType.values()).filter(t -> t.name().equals(typeName)).findFirst()
                .orElseThrow(() -> new InquiryProblem.Refused(InquiryProblem.UNKNOWN_TYPE));
        checkOpen(request);
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        LocalDate due = null;
        if (dueTyped != null && !dueTyped.isBlank()) {
            ParseResult<JalaliDate> parsed = JalaliDate.parse(dueTyped);
            if (!parsed.isValid() || parsed.value().toLocalDate().isBefore(today)) {
                throw new InquiryProblem.Refused(InquiryProblem.BAD_DUE_DATE);
            }
            due = parsed.value().toLocalDate();
        }
        if (inquiries.findByRequestId(request.getId()).stream().anyMatch(i -> i.getType() == type)) {
            throw new InquiryProblem.Refused(InquiryProblem.DUPLICATE);
        }
        Instant now = clock.instant();
        // Flushed here so a colleague's simultaneous insert of the same type fails on uk_inquiry_type now.
        Inquiry inquiry = inquiries.saveAndFlush(new Inquiry(request.getId(), type, today, due, scope.username(), now));
        timeline.append(request, TimelineEventType.INQUIRY_ASKED, request.getStatus(), request.getStatus(),
                actor(scope), text("inquiryType." + type.name()), now);
        return inquiry;
    }

    /** A scan sent with an answer: its bytes and the name it came with (the name is never trusted for its type). */
    public record Scan(byte[] bytes, String fileName) {
        boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    /** Records an inquiry's answer, keeping its scan (PDF or image) attached to the request. */
    @Transactional
    public Inquiry answer(StaffScope scope, long requestId, long inquiryId, String resultName, String answeredTyped,
                          String reference, String note, Scan scan) {
        Request request = pages.inScope(scope, requestId);
        Inquiry inquiry = inquiries.findById(inquiryId).filter(i -> i.getRequestId().equals(request.getId()))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        checkOpen(request);
        InquiryResult result = Arrays.stream(InquiryResult.values())
                .filter(r -> r != InquiryResult.PENDING && r.name().equals(resultName)).findFirst()
                .orElseThrow(() -> new InquiryProblem.Refused(InquiryProblem.BAD_RESULT));
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        LocalDate answeredOn = today;
        if (answeredTyped != null && !answeredTyped.isBlank()) {
            ParseResult<JalaliDate> parsed = JalaliDate.parse(answeredTyped);
            if (!parsed.isValid()) {
                throw new InquiryProblem.Refused(InquiryProblem.BAD_ANSWER_DATE);
            }
            answeredOn = parsed.value().toLocalDate();
            if (answeredOn.isAfter(today)) {
                throw new InquiryProblem.Refused(InquiryProblem.ANSWER_IN_FUTURE);
            }
        }
        if (length(reference) > 100 || length(note) > 1000) {
            throw new InquiryProblem.Refused(InquiryProblem.TOO_LONG);
        }
        Long scanId = inquiry.getScanAttachmentId();
        if (scan != null && scan.present()) {
            AttachmentStore.Result kept = store.keep(scan.bytes(), false, "inquiry.scan", safeName(scan.fileName()),
                    null);
            if (!kept.kept()) {
                throw new InquiryProblem.Refused(kept.refusal() == AttachmentStore.Refusal.TOO_LARGE
                        ? InquiryProblem.SCAN_TOO_LARGE : InquiryProblem.SCAN_NOT_A_DOCUMENT);
            }
            kept.attachment().attachTo(request.getId());
            scanId = kept.attachment().getId();
        }
        inquiry.recordAnswer(result, answeredOn, blankToNull(reference), blankToNull(note), scanId);
        inquiries.saveAndFlush(inquiry);
        Instant now = clock.instant();
        timeline.append(request, TimelineEventType.INQUIRY_ANSWERED, request.getStatus(), request.getStatus(),
                actor(scope), text("inquiryType." + inquiry.getType().name()) + ": "
                        + text("inquiryResult." + result.name()), now);
        return inquiry;
    }

    /** Whether inquiries can still be asked and answered on this request. */
    static boolean isOpen(Request request) {
        return OPEN.contains(request.getStatus());
    }

    private static void checkOpen(Request request) {
        if (!isOpen(request)) {
            throw new InquiryProblem.Refused(InquiryProblem.CLOSED);
        }
    }

    private static Actor actor(StaffScope scope) {
        return new Actor(scope.username(), scope.reviewLevel() == null ? ActorRole.NATIONAL_ADMIN
                : ActorRole.reviewer(scope.reviewLevel()));
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Only the last part of a name a browser sent, without control characters, and not too long. */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
