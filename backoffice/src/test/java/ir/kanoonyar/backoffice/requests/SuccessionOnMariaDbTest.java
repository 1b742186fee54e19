package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ir.kanoonyar.db.deputy.Deputies;
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
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deputy's fast track on the request page: a resignation of a kanoon whose deputy accepted offers
 * the deputy; county staff file the manager change in one step (audited, the page then links it);
 * province staff only see the offer; another county's staff get 404; nothing is filed twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class, SubmittedRequests.class})
class SuccessionOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    Deputies deputies;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countyStaffOfferTheDeputyAsTheNewManagerInOneStep() throws Exception {
        County arak = counties.findByCode("0001").orElseThrow();
        Person manager = registered(arak, 38, "مدیر");
        Person deputy = registered(arak, 23, "جانشین");
        Kanoon kanoon = tx.execute(s -> {
            Mosque mosque = mosques.save(new Mosque("مسجد آزمون جانشینی", arak.getProvince().getId(), arak.getId(),
                    "اراک", false, Instant.now()));
            return kanoons.save(new Kanoon("کانون آزمون جانشینی", mosque.getId(), arak.getProvince().getId(),
                    arak.getId(), KanoonAudience.BROTHERS, manager.getId(), LocalDate.now(), Instant.now()));
        });
        deputies.nominate(manager.getId(), kanoon.getId(), deputy.getNationalCode());
        deputies.answer(deputy.getId(), true);
        Long resignation = tx.execute(s -> {
            Request r = drafts.start(RequestType.RESIGNATION, manager.getId(), arak.getProvince().getId(),
                    arak.getId());
            r.concern(kanoon.getId(), kanoon.getMosqueId());
            workflow.submit(r, Actor.person(manager.getId(), ActorRole.APPLICANT));
            return requests.save(r).getId();
        });
        String path = "/requests/" + resignation;

        String county = page(TestStaff.ARAK_COUNTY, path);
        assertThat(county).contains("جانشین آزمون", "به‌عنوان مدیر تازه", path + "/succession");
        String province = page(TestStaff.MARKAZI_PROVINCE, path);
        assertThat(province).contains("جانشین آزمون").doesNotContain(path + "/succession");

        // Another county: not found; the province: refused in Persian; nothing filed.
        assertThat(propose(TestStaff.SAVEH_COUNTY, path).getResponse().getStatus()).isEqualTo(404);
        MvcResult refused = propose(TestStaff.MARKAZI_PROVINCE, path);
        assertThat(refused.getFlashMap().get(RequestsController.PROBLEM)).asString().contains("اداره‌ی شهرستان");
        assertThat(managerChanges(kanoon)).isEmpty();

        MvcResult taken = propose(TestStaff.ARAK_COUNTY, path);
        List<Request> filed = managerChanges(kanoon);
        assertThat(filed).singleElement().satisfies(r -> {
            assertThat(r.getApplicantPersonId()).isEqualTo(deputy.getId());
            String named = tx.execute(t -> requests.findById(r.getId()).orElseThrow().getAnswers()
                    .get("new_manager_national_code"));
            assertThat(named).isEqualTo(deputy.getNationalCode());
        });
        assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + filed.get(0).getId());
        assertThat(taken.getFlashMap().get(RequestsController.NOTICE)).asString().contains("ثبت و فرستاده شد");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'DEPUTY_SUCCESSION_PROPOSED'"
                + " AND detail = ?", Integer.class, filed.get(0).getTrackingCode())).isOne();

        // The page now links the request filed; a second post files nothing more.
        assertThat(page(TestStaff.ARAK_COUNTY, path)).contains("/requests/" + filed.get(0).getId())
                .doesNotContain(path + "/succession\"");
        MvcResult again = propose(TestStaff.ARAK_COUNTY, path);
        assertThat(again.getFlashMap().get(RequestsController.PROBLEM)).asString().contains("پیش‌تر ثبت شده");
        assertThat(managerChanges(kanoon)).hasSize(1);
    }

    private List<Request> managerChanges(Kanoon kanoon) {
        return requests.findByKanoonIdAndTypeOrderByIdDesc(kanoon.getId(), RequestType.MANAGER_CHANGE);
    }

    private MvcResult propose(String who, String path) throws Exception {
        return mvc.perform(post(path + "/succession").with(logins.as(who)).with(csrf())).andReturn();
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Person registered(County county, int age, String firstName) {
        String code = RandomPeople.nationalCode();
        Person person = new Person(Instant.now());
        person.register(new Person.Profile(code, firstName, "آزمون", "09" + code.substring(1),
                LocalDate.now().minusYears(age).minusDays(10), Gender.MALE, Education.DIPLOMA, "اراک",
                county.getProvince().getId(), county.getId()), Instant.now());
        return persons.save(person);
    }
}
