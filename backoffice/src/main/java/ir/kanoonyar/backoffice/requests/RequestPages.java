package ir.kanoonyar.backoffice.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.guideline.ApplicantFacts;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.guideline.EligibilityChecker;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.member.MembersCriterion;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.Attachment;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryRequirement;
import ir.kanoonyar.db.request.InquiryRequirementRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.TimelineEvent;
import ir.kanoonyar.db.request.TimelineEventRepository;
import ir.kanoonyar.db.request.TimelineVerifier;
import ir.kanoonyar.db.training.PassedCourses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Reads a request for its page, within the staff member's scope. */
@Service
@Transactional(readOnly = true)
public class RequestPages {

    private final RequestRepository requests;
    private final PersonRepository persons;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final ConsentRepository consents;
    private final InquiryRepository inquiries;
    private final GuidelineVersionRepository guidelines;
    private final KanoonRepository kanoons;
    private final EligibilityChecker checker;
    private final TimelineEventRepository timeline;
    private final Forms forms;
    private final FormMessages formMessages;
    private final Clock clock;
    private final InquiryRequirementRepository requirements;
    private final AttachmentRepository attachments;
    private final PassedCourses passedCourses;
    private final AttachmentStore store;
    private final TimelineVerifier verifier;
    private final RequestHeaders headers;
    private final TimelineWords words;
    private final PersianNumbers numbers;
    private final MembersCriterion membersCriterion;

    public RequestPages(RequestRepository requests, PersonRepository persons, ProvinceRepository provinces,
                        CountyRepository counties, ConsentRepository consents, InquiryRepository inquiries,
                        GuidelineVersionRepository guidelines, KanoonRepository kanoons, EligibilityChecker checker,
                        TimelineEventRepository timeline, Forms forms, FormMessages formMessages, Clock clock,
                        InquiryRequirementRepository requirements, AttachmentRepository attachments, PassedCourses passedCourses,
                        AttachmentStore store, TimelineVerifier verifier, RequestHeaders headers, TimelineWords words,
                        PersianNumbers numbers, MembersCriterion membersCriterion) {
        this.numbers = numbers;
        this.membersCriterion = membersCriterion;
        this.headers = headers;
        this.words = words;
        this.store = store;
        this.verifier = verifier;
        this.requirements = requirements;
        this.attachments = attachments;
        this.passedCourses = passedCourses;
        this.requests = requests;
        this.persons = persons;
        this.provinces = provinces;
        this.counties = counties;
        this.consents = consents;
        this.inquiries = inquiries;
        this.guidelines = guidelines;
        this.kanoons = kanoons;
        this.checker = checker;
        this.timeline = timeline;
        this.forms = forms;
        this.formMessages = formMessages;
        this.clock = clock;
    }

    /**
     * The request, if it exists and lies in the scope.
     *
     * @throws ResponseStatusException 404 when it does not exist or lies outside the scope: the two
     *                                 are not told apart
     */
    public Request inScope(StaffScope scope, long id) {
        return requests.findById(id).filter(scope::covers)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public RequestView view(StaffScope scope, long id) {
        Request request = inScope(scope, id);
        Person applicant = persons.findById(request.getApplicantPersonId()).orElse(null);
        FormDefinition form = forms.of(request.getType());
        List<TimelineEvent> events = timeline.findByRequestIdOrderBySeqAsc(request.getId());
        Instant due = request.getDueAt();
        List<Inquiry> asked = inquiries.findByRequestId(request.getId()).stream()
                .sorted(Comparator.comparing(Inquiry::getType)).toList();
        Set<InquiryType> askedTypes = asked.stream().map(Inquiry::getType).collect(Collectors.toSet());
        Set<InquiryType> clear = asked.stream().filter(i -> i.getResult() == InquiryResult.CLEAR)
                .map(Inquiry::getType).collect(Collectors.toSet());
        List<InquiryType> required = requirements.findByRequestType(request.getType()).stream()
                .map(InquiryRequirement::getInquiryType).distinct().sorted().toList();
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        return new RequestView(request, headers.of(request, applicant, form),
                display(request.getTrackingCode()),
                applicant == null ? "" : applicant.fullName(),
                request.getProvinceId() == null ? "" : provinces.findById(request.getProvinceId()).map(Province::getName).orElse(""),
                request.getCountyId() == null ? "" : counties.findById(request.getCountyId()).map(County::getName).orElse(""),
                due == null ? "" : JalaliDate.of(due, JalaliDate.TEHRAN).formatLong(),
                due != null && due.isBefore(clock.instant()) && request.getStatus().isUnderReview(),
                formMessages.summary(form, request.getAnswers()),
                consents.findByRequestId(request.getId()).stream().map(this::consentRow).toList(),
                checklist(request, applicant),
                words.of(events, form),
                TimelineVerdict.of(verifier.verify(request, events), events),
                request.getStatus() == Inbox.statusFor(scope) && scope.reviewLevel() != null,
                asked.stream().map(i -> new RequestView.InquiryRow(i, jalali(i.getAskedOn()), jalali(i.getDueOn()),
                        jalali(i.getAnsweredOn()), i.isOverdue(today))).toList(),
                required.stream().filter(t -> !clear.contains(t)).toList(),
                Arrays.stream(InquiryType.values()).filter(t -> !askedTypes.contains(t)).toList(),
                Inquiries.isOpen(request),
                attachmentRows(request));
    }

    private List<RequestView.AttachmentRow> attachmentRows(Request request) {
        List<Attachment> files = attachments.findByRequestId(request.getId()).stream()
                .sorted(Comparator.comparing(Attachment::getId)).toList();
        Set<Long> available = store.available(files.stream().map(Attachment::getId).toList());
        return files.stream()
                .map(a -> new RequestView.AttachmentRow(a, AttachmentFiles.isImage(a),
                        numbers.size(a.getSizeBytes()), available.contains(a.getId())))
                .toList();
    }

    private RequestView.ConsentRow consentRow(Consent consent) {
        Person signer = consent.getSignerPersonId() == null ? null
                : persons.findById(consent.getSignerPersonId()).orElse(null);
        String mobile = signer != null && signer.getMobile() != null ? signer.getMobile() : consent.getSignerMobile();
        return new RequestView.ConsentRow(consent, signer == null ? "" : signer.fullName(),
                PersianText.toPersianDigits(mobile),
                consent.getAnsweredAt() == null ? "" : when(consent.getAnsweredAt()));
    }

    /**
     * The checklist under the request's own guideline version, from the applicant's registered profile,
     * worded for staff; none for a type whose applicant is not judged (the page then has no such section).
     */
    private Checklist checklist(Request request, Person applicant) {
        if (!request.getType().judgesApplicantEligibility() || request.getGuidelineVersionId() == null || applicant == null
                || applicant.getGender() == null || applicant.getEducation() == null) {
            return null;
        }
        LocalDate judgedOn = ApplicantFacts.tehranDate(
                request.getSubmittedAt() == null ? clock.instant() : request.getSubmittedAt());
        if (applicant.getBirthDate() != null && applicant.getBirthDate().isAfter(judgedOn)) {
            return null;
        }
        // A renewal is judged on the kanoon's roster: how many members it has against the guideline's minimum.
        Optional<MembersCriterion.Counted> counted = membersCriterion.of(request);
        return guidelines.findById(request.getGuidelineVersionId())
                .map(g -> checker.forStaff().check(g, ApplicantFacts.builder()
                        .members(counted.map(MembersCriterion.Counted::members).orElse(null))
                        .rural(counted.map(MembersCriterion.Counted::rural).orElse(null))
                        .birthDate(applicant.getBirthDate())
                        .gender(applicant.getGender())
                        .education(applicant.getEducation())
                        .kanoonsManaged((int) kanoons.countByManagerPersonIdAndStatusNot(applicant.getId(),
                                KanoonStatus.CLOSED))
                        .passedCourses(passedCourses.of(applicant.getId()))
                        .evaluationDate(judgedOn)
                        .build()))
                .orElse(null);
    }

    private static String jalali(LocalDate date) {
        return date == null ? "" : JalaliDate.from(date).formatLong();
    }

    static String display(String trackingCode) {
        return PersianText.toPersianDigits(TrackingCode.isValid(trackingCode)
                ? TrackingCode.display(trackingCode) : trackingCode);
    }

    private static String when(Instant at) {
        return JalaliDate.tehranDayAndTime(at);
    }
}
