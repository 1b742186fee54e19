package ir.kanoonyar.db.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.filing.FilingOutcome;
import ir.kanoonyar.db.filing.RequestSubmission;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Filing a service request opens one ticket for the applicant, linked to the request; sending it again does not. */
class ServiceRequestTicketsOnMariaDbTest extends MariaDbTest {

    @Autowired
    RequestSubmission submission;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    ServiceRequestTickets serviceTickets;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketMessageRepository messages;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    TransactionTemplate tx;

    private County qaemShahr;
    private Person manager;
    private Kanoon kanoon;

    @BeforeEach
    void aManagerOfAKanoonInQaemShahr() {
        County arak = counties.findByCode("0001").orElseThrow();
        qaemShahr = counties.findByCode("0210").orElseThrow();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(RandomPeople.nationalCode(), "مریم", "کاظمی", "0912" + RandomPeople.digits(7),
                LocalDate.of(1988, 6, 1), Gender.FEMALE, Education.MASTER, "اراک", arak.getProvince().getId(),
                arak.getId()), Instant.now());
        manager = persons.save(person);
        Long provinceId = qaemShahr.getProvince().getId();
        Mosque mosque = mosques.save(new Mosque("مسجد امام رضا", provinceId, qaemShahr.getId(), qaemShahr.getName(),
                false, Instant.now()));
        kanoon = kanoons.save(new Kanoon("کانون نور", mosque.getId(), provinceId, qaemShahr.getId(),
                KanoonAudience.SISTERS, manager.getId(), LocalDate.of(2021, 1, 1), Instant.now()));
    }

    @Test
    void aServiceRequestOpensOneTicketInTheKanoonsRegionWithItsKindAndDescription() {
        Request request = file("training", "کارگاه قصه‌گویی برای مربیان کانون\nدر تابستان");

        List<Ticket> opened = tickets.findTop10ByPersonIdOrderByCreatedAtDesc(manager.getId());
        assertThat(opened).hasSize(1);
        Ticket ticket = opened.get(0);
        assertThat(ticket.getRequestId()).isEqualTo(request.getId());
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.TRAINING);
        assertThat(ticket.getState()).isEqualTo(TicketState.OPEN);
        assertThat(ticket.getCountyId()).isEqualTo(qaemShahr.getId());
        assertThat(ticket.getProvinceId()).isEqualTo(qaemShahr.getProvince().getId());
        assertThat(ticket.getSubject()).isEqualTo("کارگاه قصه‌گویی برای مربیان کانون در تابستان");
        assertThat(messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getAuthorPersonId()).isEqualTo(manager.getId());
                    assertThat(m.getBody()).isEqualTo("کارگاه قصه‌گویی برای مربیان کانون\nدر تابستان");
                });
        assertThat(serviceTickets.ofRequest(request.getId())).map(Ticket::getId).contains(ticket.getId());
    }

    @Test
    void sendingAReturnedServiceRequestAgainKeepsItsOneTicket() {
        Request request = file("equipment", "یک دستگاه ویدئو پروژکتور");
        Long id = request.getId();
        tx.executeWithoutResult(s -> {
            Request r = requests.findById(id).orElseThrow();
            workflow.returnToApplicant(r, workflow.routeOf(r).firstLevel(),
                    new Actor("county-expert", ActorRole.COUNTY_STAFF), "تعداد را بنویسید", List.of(FieldKeys.DESCRIPTION));
        });
        Map<String, String> fixed = new LinkedHashMap<>(tx.execute(s -> Map.copyOf(requests.findById(id).orElseThrow()
                .getAnswers())));
        fixed.put(FieldKeys.DESCRIPTION, "دو دستگاه ویدئو پروژکتور");

        FilingOutcome again = submission.resubmit(manager.getId(), id, List.of(FieldKeys.DESCRIPTION), fixed);

        assertThat(again).isInstanceOf(FilingOutcome.Filed.class);
        assertThat(requests.findById(id).orElseThrow().getStatus()).isNotEqualTo(RequestStatus.RETURNED);
        assertThat(tickets.findTop10ByPersonIdOrderByCreatedAtDesc(manager.getId()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.getRequestId()).isEqualTo(id);
                    assertThat(t.getCategory()).isEqualTo(TicketCategory.EQUIPMENT);
                });
    }

    @Test
    void otherRequestTypesOpenNoTicket() {
        FilingOutcome outcome = submission.file(manager.getId(), RequestType.LICENCE_RENEWAL, Map.of(
                FieldKeys.KANOON, kanoon.getId().toString(), FieldKeys.MEMBERS, "40"));

        assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
        assertThat(tickets.findTop10ByPersonIdOrderByCreatedAtDesc(manager.getId())).isEmpty();
    }

    private Request file(String kind, String description) {
        FilingOutcome outcome = submission.file(manager.getId(), RequestType.SERVICE_REQUEST, Map.of(
                FieldKeys.KANOON, kanoon.getId().toString(), FieldKeys.SERVICE_KIND, kind,
                FieldKeys.DESCRIPTION, description));
        assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
        return ((FilingOutcome.Filed) outcome).request();
    }
}
