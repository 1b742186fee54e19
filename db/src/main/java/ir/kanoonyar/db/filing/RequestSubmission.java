package ir.kanoonyar.db.filing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.ticket.ServiceRequestTickets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's confirmed form becomes a request: placed in its region (the kanoon's, the answered
 * province and county, or else the applicant's own), given a tracking code, its answers and files,
 * the consents its route requires, and submitted under the guideline in force. A returned request is
 * fixed and sent again. Every refusal comes before anything is written.
 */
@Service
@Transactional
public class RequestSubmission {

    private final PersonRepository persons;
    private final KanoonRepository kanoons;
    private final RequestRepository requests;
    private final RequestDrafts drafts;
    private final RequestWorkflow workflow;
    private final AnswerRegions regions;
    private final AnswerAttachments attachments;
    private final ConsentSigners signers;
    private final ServiceRequestTickets serviceTickets;

    public RequestSubmission(PersonRepository persons, KanoonRepository kanoons, RequestRepository requests,
                             RequestDrafts drafts, RequestWorkflow workflow, AnswerRegions regions,
                             AnswerAttachments attachments, ConsentSigners signers,
                             ServiceRequestTickets serviceTickets) {
        this.persons = persons;
        this.kanoons = kanoons;
        this.requests = requests;
        this.drafts = drafts;
        this.workflow = workflow;
        this.regions = regions;
        this.attachments = attachments;
        this.signers = signers;
        this.serviceTickets = serviceTickets;
    }

    /** A registered person files a new request of that type with these answers. */
    public FilingOutcome file(Long applicantPersonId, RequestType type, Map<String, String> answers) {
        Optional<Person> applicant = applicantPersonId == null ? Optional.empty()
                : persons.findById(applicantPersonId).filter(Person::isRegistered);
        if (applicant.isEmpty()) {
            return new FilingOutcome.Refused(FilingRefusal.NOT_REGISTERED, null);
        }
        PlacementOrRefusal placed = place(applicant.get(), answers);
        if (placed.refusal != null) {
            return placed.refusal;
        }
        Optional<SignerRefusal> signerRefusal = signers.numbersRefusal(applicantPersonId,
                ConsentSigners.FIELDS.values(), answers);
        if (signerRefusal.isPresent()) {
            return new FilingOutcome.SignerRefused(signerRefusal.get());
        }
        Placement placement = placed.placement;
        Request request = drafts.start(type, applicantPersonId, placement.provinceId(), placement.countyId());
        request.concern(placement.kanoonId(), placement.mosqueId());
        answers.forEach(request::answer);
        attachments.attach(request, answers);
        List<Consent> asked = signers.ask(request, answers);
        FilingOutcome outcome = submitted(request, applicantPersonId, asked);
        if (type == RequestType.SERVICE_REQUEST) {
            serviceTickets.openFor(new ServiceRequestTickets.ServiceRequest(request.getId(), applicantPersonId,
                    request.getProvinceId(), request.getCountyId(), answers.get(FieldKeys.SERVICE_KIND),
                    answers.get(FieldKeys.DESCRIPTION)));
        }
        return outcome;
    }

    /**
     * The applicant fixed the answers of {@code fieldKeys} of their returned request: those answers
     * replace the old ones, a signer answered again gets a fresh consent link, new files are attached,
     * and the request is submitted again.
     */
    public FilingOutcome resubmit(Long applicantPersonId, Long requestId, Collection<String> fieldKeys,
                                  Map<String, String> answers) {
        Request request = requestId == null ? null : requests.findById(requestId).orElse(null);
        if (request == null || applicantPersonId == null
                || !request.getApplicantPersonId().equals(applicantPersonId)
                || request.getStatus() != RequestStatus.RETURNED) {
            return new FilingOutcome.Refused(FilingRefusal.NOT_RETURNED, null);
        }
        Optional<SignerRefusal> signerRefusal = signers.numbersRefusal(applicantPersonId, fieldKeys, answers);
        if (signerRefusal.isPresent()) {
            return new FilingOutcome.SignerRefused(signerRefusal.get());
        }
        for (String key : fieldKeys) {
            String value = answers.get(key);
            request.answer(key, value);
            if (value != null) {
                signers.reissue(request, key, value);
            }
        }
        attachments.attach(request, answers);
        return submitted(request, applicantPersonId, null);
    }

    private FilingOutcome submitted(Request request, Long applicantPersonId, List<Consent> asked) {
        workflow.submit(request, Actor.person(applicantPersonId, ActorRole.APPLICANT));
        if (request.getStatus() != RequestStatus.AWAITING_CONSENTS) {
            return new FilingOutcome.Filed(request, List.of());
        }
        return new FilingOutcome.Filed(request, asked != null ? List.copyOf(asked) : signers.pending(request));
    }

    /** Placed by the kanoon answered (one the applicant manages), the region answered, or the applicant's. */
    private PlacementOrRefusal place(Person applicant, Map<String, String> answers) {
        if (answers.containsKey(FieldKeys.KANOON)) {
            Optional<Kanoon> kanoon = kanoonId(answers.get(FieldKeys.KANOON)).flatMap(kanoons::findById)
                    .filter(k -> applicant.getId().equals(k.getManagerPersonId()));
            return kanoon.map(k -> new PlacementOrRefusal(
                            new Placement(k.getProvinceId(), k.getCountyId(), k.getId(), k.getMosqueId()), null))
                    .orElseGet(() -> PlacementOrRefusal.refused(FilingRefusal.KANOON_NOT_YOURS, FieldKeys.KANOON));
        }
        if (answers.containsKey(FieldKeys.PROVINCE) && answers.containsKey(FieldKeys.COUNTY)) {
            return regions.provinceAndCounty(answers)
                    .map(p -> new PlacementOrRefusal(p, null))
                    .orElseGet(() -> PlacementOrRefusal.refused(FilingRefusal.REGION_UNKNOWN, FieldKeys.COUNTY));
        }
        return new PlacementOrRefusal(Placement.region(applicant.getProvinceId(), applicant.getCountyId()), null);
    }

    private static Optional<Long> kanoonId(String answer) {
        if (answer == null || answer.isEmpty() || !answer.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(answer));
    }

    private record PlacementOrRefusal(Placement placement, FilingOutcome.Refused refusal) {

        static PlacementOrRefusal refused(FilingRefusal reason, String fieldKey) {
            return new PlacementOrRefusal(null, new FilingOutcome.Refused(reason, fieldKey));
        }
    }
}
