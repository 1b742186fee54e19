package ir.kanoonyar.db.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.guideline.Outcome;
import ir.kanoonyar.db.guideline.Rule;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A manager registration from a form's answers, on the real database: what is kept, and what is refused. */
class ManagerRegistrationOnMariaDbTest extends MariaDbTest {

    @Autowired
    ManagerRegistration registration;
    @Autowired
    RegistrationChecklist checklists;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    RequestRepository requests;
    @Autowired
    CountyRepository counties;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aNewPersonIsRegisteredLinkedToTheChatAndTheirRequestWaitsAtTheFirstReviewStep() {
        long chatId = Long.parseLong(RandomPeople.digits(9));
        Map<String, String> answers = answers(RandomPeople.nationalCode());

        RegistrationOutcome outcome = registration.register(null, new ApplicantChat(Channel.TELEGRAM, chatId), answers);

        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        Person person = persons.findById(registered.person().getId()).orElseThrow();
        County arak = counties.findByCode("0001").orElseThrow();
        assertThat(person.isRegistered()).isTrue();
        assertThat(person.getNationalCode()).isEqualTo(answers.get(FieldKeys.NATIONAL_CODE));
        assertThat(person.fullName()).isEqualTo("علی رضائی");
        assertThat(person.getGender()).isEqualTo(Gender.MALE);
        assertThat(person.getEducation()).isEqualTo(Education.BACHELOR);
        assertThat(person.getBirthDate()).isEqualTo(LocalDate.of(1985, 3, 21));
        assertThat(person.getCountyId()).isEqualTo(arak.getId());
        assertThat(person.getProvinceId()).isEqualTo(arak.getProvince().getId());
        assertThat(chats.findByChannelAndChatId(Channel.TELEGRAM, chatId)).hasValueSatisfying(
                chat -> assertThat(chat.getPersonId()).isEqualTo(person.getId()));

        Request request = requests.findById(registered.request().getId()).orElseThrow();
        assertThat(request.getType()).isEqualTo(RequestType.MANAGER_REGISTRATION);
        assertThat(request.getApplicantPersonId()).isEqualTo(person.getId());
        assertThat(TrackingCode.isValid(request.getTrackingCode())).isTrue();
        assertThat(request.getStatus()).isEqualTo(workflow.routeOf(request).firstLevel().reviewStatus());
        assertThat(answersOf(request)).containsEntry(FieldKeys.NATIONAL_CODE, answers.get(FieldKeys.NATIONAL_CODE))
                .containsEntry(FieldKeys.ADDRESS, "اراک، خیابان شریعتی");
    }

    @Test
    void aNationalCodeAndMobileTypedWithPersianDigitsAreKeptAsAsciiDigits() {
        String code = RandomPeople.nationalCode();
        String mobile = "0912" + RandomPeople.digits(7);
        Map<String, String> answers = answers(code);
        answers.put(FieldKeys.NATIONAL_CODE, PersianText.toPersianDigits(code));
        answers.put(FieldKeys.MOBILE, PersianText.toPersianDigits(mobile));

        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) registration.register(null,
                null, answers);

        assertThat(persons.findById(registered.person().getId()).orElseThrow().getNationalCode()).isEqualTo(code);
        assertThat(persons.findById(registered.person().getId()).orElseThrow().getMobile()).isEqualTo(mobile);
        assertThat(answersOf(registered.request()))
                .containsEntry(FieldKeys.NATIONAL_CODE, code).containsEntry(FieldKeys.MOBILE, mobile);
    }

    @Test
    void aNationalCodeHeldByAnotherPersonIsRefusedAndNothingIsWritten() {
        String code = RandomPeople.nationalCode();
        registration.register(null, null, answers(code));
        long people = persons.count();
        long requestCount = requests.count();
        long chatId = Long.parseLong(RandomPeople.digits(9));

        RegistrationOutcome outcome = registration.register(null, new ApplicantChat(Channel.BALE, chatId),
                answers(code));

        assertThat(outcome).isEqualTo(new RegistrationOutcome.Refused(RegistrationRefusal.NATIONAL_CODE_TAKEN,
                FieldKeys.NATIONAL_CODE));
        assertThat(persons.count()).isEqualTo(people);
        assertThat(requests.count()).isEqualTo(requestCount);
        assertThat(chats.findByChannelAndChatId(Channel.BALE, chatId)).isEmpty();
    }

    @Test
    void thePersonWhoHoldsTheCodeMayRegisterAgainWithIt() {
        String code = RandomPeople.nationalCode();
        Person first = ((RegistrationOutcome.Registered) registration.register(null, null, answers(code))).person();

        RegistrationOutcome again = registration.register(first.getId(), null, answers(code));

        assertThat(again).isInstanceOf(RegistrationOutcome.Registered.class);
        assertThat(((RegistrationOutcome.Registered) again).person().getId()).isEqualTo(first.getId());
    }

    @ParameterizedTest(name = "{0} = «{1}» is refused as {2}")
    @CsvSource({
            "national_code, 1234567890, NATIONAL_CODE_INVALID",
            "national_code, 1111111111, NATIONAL_CODE_INVALID",
            "national_code, 12ab567890, NATIONAL_CODE_INVALID",
            "mobile, 02112345678, MOBILE_INVALID",
            "first_name, '  ', NAME_MISSING",
            "birth_date, 1364/01/01, BIRTH_DATE_INVALID",
            "birth_date, 2999-01-01, BIRTH_DATE_INVALID",
            "gender, other, GENDER_UNKNOWN",
            "education, phd, EDUCATION_UNKNOWN",
            "province, 99, REGION_UNKNOWN",
            "county, 0210, REGION_UNKNOWN"
    })
    void aMalformedAnswerIsRefusedWithTheFieldToFixAndNothingIsWritten(String field, String value,
                                                                        RegistrationRefusal reason) {
        Map<String, String> answers = answers(RandomPeople.nationalCode());
        answers.put(field, value);
        long people = persons.count();
        long requestCount = requests.count();

        RegistrationOutcome outcome = registration.register(null, null, answers);

        assertThat(outcome).isEqualTo(new RegistrationOutcome.Refused(reason, field));
        assertThat(persons.count()).isEqualTo(people);
        assertThat(requests.count()).isEqualTo(requestCount);
    }

    @Test
    void provinceAndCountyMayBeNamesAsPeopleTypeThemWhateverTheirLetters() {
        Map<String, String> answers = answers(RandomPeople.nationalCode());
        answers.put(FieldKeys.PROVINCE, "مازندران");
        // The list has «قایم شهر»: hamza, ZWNJ and Arabic yeh do not matter.
        answers.put(FieldKeys.COUNTY, "قائم\u200cشهر");

        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) registration.register(null,
                null, answers);

        County qaemShahr = counties.findByCode("0210").orElseThrow();
        assertThat(registered.person().getCountyId()).isEqualTo(qaemShahr.getId());
        assertThat(registered.request().getCountyId()).isEqualTo(qaemShahr.getId());
        assertThat(registered.request().getProvinceId()).isEqualTo(qaemShahr.getProvince().getId());
    }

    @Test
    void theChecklistJudgesTheAnswersOnceBirthDateGenderAndEducationAreGiven() {
        Map<String, String> answers = answers(RandomPeople.nationalCode());

        Checklist checklist = checklists.of(null, answers).orElseThrow();
        assertThat(checklist.item(Rule.AGE)).hasValueSatisfying(i -> assertThat(i.outcome()).isEqualTo(Outcome.PASS));
        assertThat(checklist.item(Rule.EDUCATION))
                .hasValueSatisfying(i -> assertThat(i.outcome()).isEqualTo(Outcome.PASS));

        answers.put(FieldKeys.BIRTH_DATE, LocalDate.now().minusYears(12).toString());
        Checklist tooYoung = checklists.of(null, answers).orElseThrow();
        assertThat(tooYoung.passed()).isFalse();
        assertThat(tooYoung.item(Rule.AGE)).hasValueSatisfying(i -> assertThat(i.outcome()).isEqualTo(Outcome.FAIL));

        answers.remove(FieldKeys.EDUCATION);
        assertThat(checklists.of(null, answers)).isEmpty();
    }

    private Map<String, String> answersOf(Request request) {
        return tx.execute(s -> requests.findById(request.getId()).orElseThrow().getAnswers());
    }

    /** A registration form as the bot stores it, in Arak. */
    static Map<String, String> answers(String nationalCode) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(FieldKeys.FIRST_NAME, "علی");
        answers.put(FieldKeys.LAST_NAME, "رضائی");
        answers.put(FieldKeys.NATIONAL_CODE, nationalCode);
        answers.put(FieldKeys.MOBILE, "0912" + RandomPeople.digits(7));
        answers.put(FieldKeys.BIRTH_DATE, "1985-03-21");
        answers.put(FieldKeys.GENDER, "male");
        answers.put(FieldKeys.EDUCATION, "bachelor");
        answers.put(FieldKeys.PROVINCE, "00");
        answers.put(FieldKeys.COUNTY, "0001");
        answers.put(FieldKeys.ADDRESS, "اراک، خیابان شریعتی");
        return answers;
    }
}
