package ir.kanoonyar.db.deputy;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import ir.kanoonyar.db.filing.ConsentSigners;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager who resigns or retires, and a deputy who has accepted: the county is offered the deputy
 * as the new manager in one step. The offer stands on the resignation or retirement from its filing
 * (in a review) to its approval; taking it files a MANAGER_CHANGE for the kanoon with the deputy as
 * the new manager and as its applicant (their acceptance in the bot is their consent, named in the
 * reason), submitted at once; the imam's consent is asked with the number given when the kanoon was
 * founded, as any manager change asks it. The deputy is told in the bot. Once filed (and not
 * withdrawn or rejected) the offer shows that request instead.
 */
@Service
public class DeputySuccession {

    static final String KIND = "DEPUTY_SUCCESSION";
    private static final Set<RequestType> DEPARTURES = Set.of(RequestType.RESIGNATION, RequestType.RETIREMENT);
    private static final Set<RequestStatus> OFFERED_IN = Set.of(RequestStatus.AWAITING_CONSENTS,
            RequestStatus.COUNTY_REVIEW, RequestStatus.PROVINCE_REVIEW, RequestStatus.APPROVED);
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.deputy", Locale.ROOT,
            DeputySuccession.class.getClassLoader());

    /** Why the offer cannot be taken. */
    public enum Refusal {
        /** Not a resignation or retirement in review or approved, or its kanoon has no deputy who accepted. */
        NO_OFFER,
        /** A manager change for the deputy is filed already. */
        ALREADY_PROPOSED
    }

    /** What taking the offer did. */
    public sealed interface Outcome {
        record Proposed(Request request) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    private final Deputies deputies;
    private final KanoonRepository kanoons;
    private final PersonRepository persons;
    private final RequestRepository requests;
    private final RequestDrafts drafts;
    private final RequestWorkflow workflow;
    private final ConsentSigners signers;
    private final PersonChatRepository chats;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    public DeputySuccession(Deputies deputies, KanoonRepository kanoons, PersonRepository persons,
                            RequestRepository requests, RequestDrafts drafts, RequestWorkflow workflow,
                            ConsentSigners signers, PersonChatRepository chats, OutboxMessageRepository outbox,
                            Clock clock) {
        this.deputies = deputies;
        this.kanoons = kanoons;
        this.persons = persons;
        this.requests = requests;
        this.drafts = drafts;
        this.workflow = workflow;
        this.signers = signers;
        this.chats = chats;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The offer on this request, if it is a departure that has one. */
    @Transactional(readOnly = true)
    public Optional<SuccessionOffer> offerFor(Request departure) {
        if (!DEPARTURES.contains(departure.getType()) || !OFFERED_IN.contains(departure.getStatus())
                || departure.getKanoonId() == null) {
            return Optional.empty();
        }
        Optional<Deputy> deputy = deputies.activeOf(departure.getKanoonId());
        if (deputy.isEmpty()) {
            return Optional.empty();
        }
        Person person = persons.findById(deputy.get().getPersonId()).orElseThrow();
        Optional<Request> filed = filedFor(departure.getKanoonId(), person);
        return Optional.of(new SuccessionOffer(departure.getKanoonId(), person.getId(), person.fullName(),
                filed.map(Request::getId).orElse(null), filed.map(Request::getTrackingCode).orElse(null)));
    }

    /** Takes the offer: the manager change for the deputy, filed and submitted, and the deputy told. */
    @Transactional
    public Outcome propose(Request departure) {
        Optional<SuccessionOffer> offer = offerFor(departure);
        if (offer.isEmpty()) {
            return new Outcome.Refused(Refusal.NO_OFFER);
        }
        if (offer.get().isProposed()) {
            return new Outcome.Refused(Refusal.ALREADY_PROPOSED);
        }
        Kanoon kanoon = kanoons.findById(departure.getKanoonId()).orElseThrow();
        Person deputy = persons.findById(offer.get().deputyPersonId()).orElseThrow();
        Deputy row = deputies.activeOf(kanoon.getId()).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(FieldKeys.KANOON, kanoon.getId().toString());
        answers.put(FieldKeys.NEW_MANAGER_NATIONAL_CODE, deputy.getNationalCode());
        answers.put(FieldKeys.REASON, text("deputy.succession.reason",
                text(departure.getType() == RequestType.RESIGNATION ? "deputy.succession.resignation"
                        : "deputy.succession.retirement"),
                departure.getTrackingCode(),
                JalaliDate.of(row.getAnsweredAt(), JalaliDate.TEHRAN).formatLong()));
        imamMobile(kanoon.getId()).ifPresent(mobile -> answers.put(FieldKeys.IMAM_MOBILE, mobile));

        Request request = drafts.start(RequestType.MANAGER_CHANGE, deputy.getId(), kanoon.getProvinceId(),
                kanoon.getCountyId());
        request.concern(kanoon.getId(), kanoon.getMosqueId());
        answers.forEach(request::answer);
        signers.ask(request, answers);
        workflow.submit(request, Actor.person(deputy.getId(), ActorRole.APPLICANT));
        requests.saveAndFlush(request);

        String notice = text("deputy.succession.notice", kanoon.getName(),
                "\u2066" + PersianText.toPersianDigits(request.getTrackingCode()) + "\u2069");
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(deputy.getId())) {
            outbox.save(OutboxMessage.text(chat.getChannel(), chat.getChatId(), deputy.getId(), KIND, null, notice,
                    null, clock.instant()));
        }
        return new Outcome.Proposed(request);
    }

    /** A manager change for this person on this kanoon, not withdrawn or rejected. */
    private Optional<Request> filedFor(Long kanoonId, Person deputy) {
        return requests.findByKanoonIdAndTypeOrderByIdDesc(kanoonId, RequestType.MANAGER_CHANGE).stream()
                .filter(r -> r.getStatus() != RequestStatus.WITHDRAWN && r.getStatus() != RequestStatus.REJECTED)
                .filter(r -> deputy.getNationalCode() != null
                        && deputy.getNationalCode().equals(r.getAnswers().get(FieldKeys.NEW_MANAGER_NATIONAL_CODE)))
                .findFirst();
    }

    /** The imam's mobile given when the kanoon was founded (its establishment request), if any. */
    private Optional<String> imamMobile(Long kanoonId) {
        List<Request> founding = requests.findByKanoonIdAndTypeOrderByIdDesc(kanoonId, RequestType.ESTABLISHMENT);
        return founding.stream().map(r -> r.getAnswers().get(FieldKeys.IMAM_MOBILE))
                .filter(m -> m != null && !m.isBlank()).findFirst();
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args);
    }
}
