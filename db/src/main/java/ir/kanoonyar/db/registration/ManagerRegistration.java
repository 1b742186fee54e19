package ir.kanoonyar.db.registration;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.filing.AnswerRegions;
import ir.kanoonyar.db.filing.Placement;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.guideline.ApplicantFacts;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager registration (ثبت مدیر): the person's profile from the form's answers, and a
 * registration request submitted for review. A national code belongs to one person only; the person
 * is made, and linked to the chat, on their first registration. Every refusal comes before anything
 * is written.
 */
@Service
@Transactional
public class ManagerRegistration {

    private final PersonRepository persons;
    private final PersonChatRepository chats;
    private final AnswerRegions regions;
    private final RequestDrafts drafts;
    private final RequestWorkflow workflow;
    private final Clock clock;

    public ManagerRegistration(PersonRepository persons, PersonChatRepository chats, AnswerRegions regions,
                               RequestDrafts drafts, RequestWorkflow workflow, Clock clock) {
        this.persons = persons;
        this.chats = chats;
        this.regions = regions;
        this.drafts = drafts;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Registers the person behind {@code personId}, or a new person linked to {@code chat} when
     * {@code personId} is null, from the answers of the registration form.
     */
    public RegistrationOutcome register(Long personId, ApplicantChat chat, Map<String, String> answers) {
        ProfileAnswers profile = new ProfileAnswers(answers, ApplicantFacts.tehranDate(clock.instant()));
        Optional<RegistrationOutcome.Refused> refusal = profile.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<Placement> region = regions.provinceAndCounty(answers);
        if (region.isEmpty()) {
            return new RegistrationOutcome.Refused(RegistrationRefusal.REGION_UNKNOWN,
                    regions.provinceId(answers).isPresent() ? FieldKeys.COUNTY : FieldKeys.PROVINCE);
        }
        boolean taken = persons.findByNationalCode(profile.nationalCodeValue())
                .filter(other -> !other.getId().equals(personId)).isPresent();
        if (taken) {
            // Someone else holds this national code: never merge two people on a typed number.
            return new RegistrationOutcome.Refused(RegistrationRefusal.NATIONAL_CODE_TAKEN, FieldKeys.NATIONAL_CODE);
        }
        Person person = personId != null ? persons.findById(personId).orElseThrow() : newPerson(chat);
        person.register(profile.profile(region.get()), clock.instant());
        persons.save(person);
        Request request = drafts.start(RequestType.MANAGER_REGISTRATION, person.getId(), region.get().provinceId(),
                region.get().countyId());
        profile.normalised().forEach(request::answer);
        workflow.submit(request, Actor.person(person.getId(), ActorRole.APPLICANT));
        return new RegistrationOutcome.Registered(person, request);
    }

    private Person newPerson(ApplicantChat chat) {
        Person person = persons.save(new Person(clock.instant()));
        if (chat != null) {
            chats.save(new PersonChat(person.getId(), chat.channel(), chat.chatId(), clock.instant()));
        }
        return person;
    }
}
