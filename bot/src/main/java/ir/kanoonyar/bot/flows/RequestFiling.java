package ir.kanoonyar.bot.flows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ConversationState.FormState;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormCompletion;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldType;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.guideline.ApplicantFacts;
import ir.kanoonyar.db.guideline.CheckItem;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.guideline.EligibilityChecker;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.guideline.Outcome;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.training.PassedCourses;
import org.springframework.stereotype.Component;

/**
 * What a confirmed form becomes: a manager registration, a new request with its consents, or a
 * returned request fixed and sent again. Also adds the eligibility checklist to the registration's
 * summary, so people see it before they submit.
 */
@Component
public class RequestFiling implements FormCompletion {

    /** Form fields that carry a signer's number, by the consent they feed. */
    static final Map<ConsentRole, String> SIGNER_FIELDS = Map.of(
            ConsentRole.IMAM, "imam_mobile",
            ConsentRole.TRUSTEES_HEAD, "trustees_mobile");

    private final Texts texts;
    private final PersonRepository persons;
    private final PersonChatRepository chats;
    private final KanoonRepository kanoons;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final RequestDrafts drafts;
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final ConsentRepository consents;
    private final ConsentLinks links;
    private final GuidelineVersionRepository guidelines;
    private final EligibilityChecker eligibility;
    private final Forms forms;
    private final AttachmentRepository attachments;
    private final MosqueRepository mosques;
    private final Clock clock;
    private final PassedCourses passedCourses;

    public RequestFiling(Texts texts, PersonRepository persons, PersonChatRepository chats,
                         KanoonRepository kanoons, ProvinceRepository provinces, CountyRepository counties,
                         RequestDrafts drafts, RequestRepository requests, RequestWorkflow workflow,
                         ConsentRepository consents, ConsentLinks links, GuidelineVersionRepository guidelines,
                         EligibilityChecker eligibility, Forms forms, AttachmentRepository attachments,
                         MosqueRepository mosques, Clock clock, PassedCourses passedCourses) {
        this.mosques = mosques;
        this.passedCourses = passedCourses;
        this.forms = forms;
        this.attachments = attachments;
        this.texts = texts;
        this.persons = persons;
        this.chats = chats;
        this.kanoons = kanoons;
        this.provinces = provinces;
        this.counties = counties;
        this.drafts = drafts;
        this.requests = requests;
        this.workflow = workflow;
        this.consents = consents;
        this.links = links;
        this.guidelines = guidelines;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public List<String> summaryNotes(Turn turn, FormState form) {
        if (form.type != RequestType.MANAGER_REGISTRATION) {
            return List.of();
        }
        Optional<Checklist> checklist = checklist(turn, form.answers);
        if (checklist.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder(texts.get(Text.ELIGIBILITY_TITLE));
        for (CheckItem item : checklist.get()) {
            text.append('\n').append(symbol(item.outcome())).append(' ').append(item.reason());
        }
        List<String> notes = new ArrayList<>(List.of(text.toString()));
        if (!checklist.get().passed()) {
            notes.add(texts.get(Text.ELIGIBILITY_FAILED));
        }
        return notes;
    }

    /**
     * The imam, the head of trustees and the applicant are three people: a signer's number may be
     * neither the applicant's own nor the one given for the other signer. Signing checks it again,
     * by person as well.
     */
    @Override
    public String refusal(Turn turn, FormState form, String fieldKey, String value) {
        ConsentRole role = SIGNER_FIELDS.entrySet().stream().filter(e -> e.getValue().equals(fieldKey))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (role == null) {
            return null;
        }
        String own = turn.personId() == null ? null
                : persons.findById(turn.personId()).map(Person::getMobile).orElse(null);
        if (value.equals(own)) {
            return texts.get(Text.SIGNER_IS_APPLICANT, texts.get(roleName(role)));
        }
        for (Map.Entry<ConsentRole, String> other : SIGNER_FIELDS.entrySet()) {
            if (other.getKey() != role && value.equals(form.answers.get(other.getValue()))) {
                return texts.get(Text.SIGNER_SAME_AS_OTHER_ROLE, texts.get(roleName(role)),
                        texts.get(roleName(other.getKey())));
            }
        }
        return null;
    }

    @Override
    public Next confirmed(Turn turn, FormState form) {
        if (form.requestId != null) {
            return resubmit(turn, form);
        } else if (form.type == RequestType.MANAGER_REGISTRATION) {
            return register(turn, form);
        } else {
            return file(turn, form);
        }
    }

    @Override
    public Map<Long, String> kanoonsOf(Turn turn) {
        Map<Long, String> mine = new LinkedHashMap<>();
        if (turn.personId() != null) {
            for (Kanoon kanoon : kanoons.findByManagerPersonId(turn.personId())) {
                if (kanoon.getStatus() != KanoonStatus.CLOSED) {
                    mine.put(kanoon.getId(), kanoon.getName());
                }
            }
        }
        return mine;
    }

    @Override
    public Map<Long, String> mosquesMatching(Turn turn, FormState form, String typed) {
        Long countyId = form.answers.containsKey("county")
                ? counties.findByCode(form.answers.get("county")).map(c -> c.getId()).orElse(null)
                : (turn.personId() == null ? null : persons.findById(turn.personId()).map(Person::getCountyId).orElse(null));
        Map<Long, String> found = new LinkedHashMap<>();
        if (countyId != null) {
            mosques.findTop20ByCountyIdAndNameContainingOrderByName(countyId, PersianText.normalize(typed))
                    .forEach(m -> found.put(m.getId(), m.getName()));
        }
        return found;
    }

    private Next register(Turn turn, FormState form) {
        Map<String, String> a = form.answers;
        Person person = personOf(turn);
        Optional<Person> sameCode = persons.findByNationalCode(a.get("national_code"))
                .filter(other -> !other.getId().equals(person.getId()));
        if (sameCode.isPresent()) {
            // Someone else holds this national code: never merge two people on a typed number.
            turn.say(texts.get(Text.NATIONAL_CODE_TAKEN));
            turn.state().form.atSummary = true;
            return Next.to(FormRunner.SUMMARY);
        }
        Long provinceId = provinces.findByCode(a.get("province")).orElseThrow().getId();
        Long countyId = counties.findByCode(a.get("county")).orElseThrow().getId();
        person.register(new Person.Profile(a.get("national_code"), a.get("first_name"), a.get("last_name"),
                a.get("mobile"), LocalDate.parse(a.get("birth_date")), enumOf(Gender.class, a.get("gender")),
                enumOf(Education.class, a.get("education")), a.get("address"), provinceId, countyId), clock.instant());
        persons.save(person);
        Request request = drafts.start(RequestType.MANAGER_REGISTRATION, person.getId(), provinceId, countyId);
        a.forEach(request::answer);
        workflow.submit(request, Actor.person(person.getId(), ActorRole.APPLICANT));
        turn.state().reset();
        turn.say(new Reply(texts.get(Text.REGISTRATION_SUBMITTED, TrackingCode.inText(request.getTrackingCode())),
                Reply.Keyboard.REMOVE));
        return Next.menu();
    }

    private Next file(Turn turn, FormState form) {
        Map<String, String> a = form.answers;
        Person person = personOf(turn);
        Long provinceId;
        Long countyId;
        Long kanoonId = null;
        Long mosqueId = null;
        if (a.containsKey("kanoon")) {
            Kanoon kanoon = kanoons.findById(Long.valueOf(a.get("kanoon"))).orElseThrow();
            provinceId = kanoon.getProvinceId();
            countyId = kanoon.getCountyId();
            kanoonId = kanoon.getId();
            mosqueId = kanoon.getMosqueId();
        } else if (a.containsKey("province") && a.containsKey("county")) {
            provinceId = provinces.findByCode(a.get("province")).orElseThrow().getId();
            countyId = counties.findByCode(a.get("county")).orElseThrow().getId();
        } else {
            provinceId = person.getProvinceId();
            countyId = person.getCountyId();
        }
        Request request = drafts.start(form.type, person.getId(), provinceId, countyId);
        request.concern(kanoonId, mosqueId);
        a.forEach(request::answer);
        attachFiles(request, form);
        List<Consent> asked = new ArrayList<>();
        for (ConsentRole role : workflow.routeOf(request).consentRoles()) {
            String mobile = a.get(SIGNER_FIELDS.get(role));
            if (mobile != null) {
                asked.add(consents.save(new Consent(request.getId(), role, mobile, clock.instant())));
            }
        }
        workflow.submit(request, Actor.person(person.getId(), ActorRole.APPLICANT));
        turn.state().reset();
        turn.say(new Reply(texts.get(Text.REQUEST_SUBMITTED, texts.get(RequestTexts.typeName(form.type)),
                TrackingCode.inText(request.getTrackingCode()), texts.get(RequestTexts.statusName(request.getStatus()))),
                Reply.Keyboard.REMOVE));
        if (request.getStatus() == RequestStatus.AWAITING_CONSENTS) {
            turn.say(consentLinks(turn, asked));
        }
        return Next.menu();
    }

    private Next resubmit(Turn turn, FormState form) {
        Request request = requests.findById(form.requestId).orElse(null);
        if (request == null || !request.getApplicantPersonId().equals(turn.personId())
                || request.getStatus() != RequestStatus.RETURNED) {
            turn.state().reset();
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.menu();
        }
        List<Consent> reissued = new ArrayList<>();
        for (String key : form.fields) {
            request.answer(key, form.answers.get(key));
            for (Map.Entry<ConsentRole, String> signer : SIGNER_FIELDS.entrySet()) {
                if (signer.getValue().equals(key)) {
                    consents.findByRequestId(request.getId()).stream()
                            .filter(c -> c.getRole() == signer.getKey() && c.getStatus() != ConsentStatus.SIGNED)
                            .findFirst()
                            .ifPresent(c -> {
                                c.reissue(form.answers.get(key), clock.instant());
                                reissued.add(c);
                            });
                }
            }
        }
        attachFiles(request, form);
        workflow.submit(request, Actor.person(turn.personId(), ActorRole.APPLICANT));
        turn.state().reset();
        turn.say(new Reply(texts.get(Text.RESUBMITTED, TrackingCode.inText(request.getTrackingCode()),
                texts.get(RequestTexts.statusName(request.getStatus()))), Reply.Keyboard.REMOVE));
        if (request.getStatus() == RequestStatus.AWAITING_CONSENTS) {
            List<Consent> pending = consents.findByRequestId(request.getId()).stream()
                    .filter(c -> c.getStatus() == ConsentStatus.PENDING).toList();
            turn.say(consentLinks(turn, pending));
        }
        return Next.menu();
    }

    /** Photos and documents were kept while the form was filled; now they belong to the request. */
    private void attachFiles(Request request, FormState form) {
        for (FieldDefinition field : forms.of(form.type).fields()) {
            String value = form.answers.get(field.key());
            if ((field.type() == FieldType.PHOTO || field.type() == FieldType.DOCUMENT) && value != null
                    && value.chars().allMatch(Character::isDigit)) {
                attachments.findById(Long.valueOf(value)).filter(at -> at.getRequestId() == null)
                        .ifPresent(at -> at.attachTo(request.getId()));
            }
        }
    }

    private String consentLinks(Turn turn, List<Consent> asked) {
        StringBuilder text = new StringBuilder(texts.get(Text.CONSENT_LINKS));
        for (Consent consent : asked) {
            text.append("\n\n").append(texts.get(roleName(consent.getRole()))).append(": ")
                    .append(PersianText.toPersianDigits(consent.getSignerMobile())).append('\n')
                    .append(links.linkFor(turn.incoming().channel(), consent.getToken()));
        }
        return text.toString();
    }

    static Text roleName(ConsentRole role) {
        return role == ConsentRole.IMAM ? Text.CONSENT_ROLE_IMAM : Text.CONSENT_ROLE_TRUSTEES_HEAD;
    }

    /** The person behind this chat, created (and linked to the chat) on their first registration. */
    private Person personOf(Turn turn) {
        if (turn.personId() != null) {
            return persons.findById(turn.personId()).orElseThrow();
        }
        Person person = persons.save(new Person(clock.instant()));
        chats.save(new PersonChat(person.getId(), turn.incoming().channel(), turn.incoming().chatId(),
                clock.instant()));
        turn.session().setPersonId(person.getId());
        return person;
    }

    private Optional<Checklist> checklist(Turn turn, Map<String, String> a) {
        if (!a.containsKey("birth_date") || !a.containsKey("gender") || !a.containsKey("education")) {
            return Optional.empty();
        }
        int managed = turn.personId() == null ? 0
                : (int) kanoons.countByManagerPersonIdAndStatusNot(turn.personId(), KanoonStatus.CLOSED);
        ApplicantFacts facts = new ApplicantFacts(LocalDate.parse(a.get("birth_date")),
                enumOf(Gender.class, a.get("gender")), enumOf(Education.class, a.get("education")), null, managed,
                passedCourses.of(turn.personId()), null, null, ApplicantFacts.tehranDate(clock.instant()));
        return guidelines.findInForceAt(clock.instant()).map(g -> eligibility.check(g, facts));
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "✅";
            case WARN -> "⚠️";
            case FAIL -> "❌";
        };
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}
