package ir.kanoonyar.backoffice.requests;

import static ir.kanoonyar.testsupport.RandomPeople.digits;
import static ir.kanoonyar.testsupport.RandomPeople.nationalCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tests only (imported with {@code @Import}): requests as the bot files them, each by a fresh
 * registered applicant with a Telegram chat, submitted through the workflow.
 */
public class SubmittedRequests {

    private final CountyRepository counties;
    private final PersonRepository persons;
    private final PersonChatRepository chats;
    private final RequestDrafts drafts;
    private final RequestWorkflow workflow;
    private final RequestRepository requests;
    private final TransactionTemplate tx;

    public SubmittedRequests(CountyRepository counties, PersonRepository persons, PersonChatRepository chats,
                             RequestDrafts drafts, RequestWorkflow workflow, RequestRepository requests,
                             TransactionTemplate tx) {
        this.counties = counties;
        this.persons = persons;
        this.chats = chats;
        this.drafts = drafts;
        this.workflow = workflow;
        this.requests = requests;
        this.tx = tx;
    }

    /** A request of the type, submitted in the county by a new applicant of that name. */
    public long submit(String countyCode, String firstName, String lastName, RequestType type, String description) {
        County county = counties.findByCode(countyCode).orElseThrow();
        Long personId = tx.execute(s -> {
            Person person = new Person(Instant.now());
            person.register(new Person.Profile(nationalCode(), firstName, lastName, "0912" + digits(7),
                    LocalDate.of(1995, 3, 1), Gender.MALE, Education.BACHELOR, "اراک", county.getProvince().getId(),
                    county.getId()), Instant.now());
            Long pid = persons.save(person).getId();
            chats.save(new PersonChat(pid, Channel.TELEGRAM, 1_000_000L + pid, Instant.now()));
            return pid;
        });
        long id = drafts.start(type, personId, county.getProvince().getId(), county.getId()).getId();
        inTx(id, r -> {
            r.answer("description", description);
            workflow.submit(r, Actor.person(personId, ActorRole.APPLICANT));
        });
        return id;
    }

    /** Runs the action on the request, freshly read, in one transaction. */
    public void inTx(long id, Consumer<Request> action) {
        tx.executeWithoutResult(s -> action.accept(requests.findById(id).orElseThrow()));
    }
}
