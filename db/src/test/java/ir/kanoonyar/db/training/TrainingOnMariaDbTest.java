package ir.kanoonyar.db.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.training.CourseContentException.Problem;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.PeopleWithChats;
import ir.kanoonyar.testsupport.QrCodes;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Courses, versions, enrolments, quiz grading and certificates on the real database. */
class TrainingOnMariaDbTest extends MariaDbTest {

    @Autowired
    CourseAuthoring authoring;
    @Autowired
    Enrolments enrolments;
    @Autowired
    QuizGrading grading;
    @Autowired
    CertificateIssuing certificates;
    @Autowired
    CertificateDocuments documents;
    @Autowired
    CertificateRevocation revocation;
    @Autowired
    PassedCourses passed;
    @Autowired
    PersonRepository persons;
    @Autowired
    CourseRepository courses;
    @Autowired
    LessonRepository lessons;
    @Autowired
    QuizOptionRepository options;
    @Autowired
    QuizAttemptRepository attempts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    Person person;
    long courseId;

    @BeforeEach
    void course() {
        person = tx.execute(s -> {
            Person p = new Person(clock.instant());
            p.register(new Person.Profile(RandomPeople.nationalCode(), "زهرا", "کریمی", "09120000000",
                    java.time.LocalDate.of(2000, 1, 1), ir.kanoonyar.db.person.Gender.FEMALE,
                    ir.kanoonyar.db.person.Education.BACHELOR, "اراک", null, null), clock.instant());
            return persons.save(p);
        });
        String code = "T" + RandomPeople.digits(8);
        courseId = tx.execute(s -> {
            CourseVersion v = authoring.createCourse(code, null, "اداره کانون", "admin");
            authoring.describe(v.getId(), "اداره کانون", "سه درس کوتاه", 60, 30);
            authoring.addLesson(v.getId(), LessonContent.text("درس یک", "متن درس یک"));
            TrainingMedia picture = authoring.storeMedia("a.png", "image/png", new byte[] {1, 2, 3}, "admin");
            authoring.addLesson(v.getId(), LessonContent.media(LessonKind.PHOTO, "درس دو", "عکس", picture.getId()));
            authoring.addLesson(v.getId(), LessonContent.link("درس سه", "ببینید", "https://example.org/a"));
            authoring.addQuestion(v.getId(), new QuestionContent("سؤال یک", List.of("الف", "ب", "ج"), 0));
            authoring.addQuestion(v.getId(), new QuestionContent("سؤال دو", List.of("الف", "ب"), 1));
            authoring.addQuestion(v.getId(), new QuestionContent("سؤال سه", List.of("الف", "ب"), 1));
            authoring.publish(v.getId(), "admin");
            return v.getCourseId();
        });
    }

    @Test
    void aFailedQuizWaitsThenAPassIssuesACertificateAndCountsForTheGuideline() {
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        int position = tx.execute(s -> enrolments.moveTo(enrolmentId, 9).getPosition());
        assertThat(position).isEqualTo(3);

        QuizStep.Finished failed = (QuizStep.Finished) takeQuiz(enrolmentId, 0, 0, 0);
        assertThat(failed.outcome().passed()).isFalse();
        assertThat(failed.outcome().attempt().getScorePercent()).isEqualTo(33);
        assertThat(failed.outcome().reviews()).extracting(QuizOutcome.Review::isRight).containsExactly(true, false, false);
        assertThat(failed.outcome().retryAt())
                .isEqualTo(failed.outcome().attempt().getFinishedAt().plus(Duration.ofMinutes(30)));

        QuizStep waiting = tx.execute(s -> grading.start(enrolmentId));
        assertThat(waiting).isInstanceOf(QuizStep.Wait.class);
        // As if the 30 minutes had passed.
        jdbc.update("UPDATE quiz_attempt SET finished_at = ? WHERE enrolment_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(31))), enrolmentId);

        QuizStep.Finished pass = (QuizStep.Finished) takeQuiz(enrolmentId, 0, 1, 1);
        assertThat(pass.outcome().passed()).isTrue();
        Certificate certificate = pass.outcome().certificate();
        assertThat(certificate.getPersonName()).isEqualTo("زهرا کریمی");
        assertThat(certificate.getCourseTitle()).isEqualTo("اداره کانون");
        assertThat(certificates.find(ir.kanoonyar.db.persian.TrackingCode.display(certificate.getCode())))
                .map(Certificate::getId).contains(certificate.getId());
        String code = tx.execute(s -> courses.findById(courseId).orElseThrow().getCode());
        assertThat(passed.of(person.getId())).containsExactly(code);
        assertThat(attempts.findByEnrolmentIdOrderByAttemptNumber(enrolmentId)).extracting(QuizAttempt::isPassed)
                .containsExactly(false, true);
    }

    @Test
    void thePrintedCertificateCarriesAQrCodeOfItsPublicCheck() throws Exception {
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        Certificate certificate = ((QuizStep.Finished) takeQuiz(enrolmentId, 0, 1, 1)).outcome().certificate();
        String verifyUrl = "https://kanoonyar.example/verify/certificate/" + certificate.getCode();

        byte[] png = documents.png(certificate, verifyUrl);
        // Kept for a look by eye: target/certificate-sample.png.
        Files.write(Path.of("target", "certificate-sample.png"), png);

        assertThat(QrCodes.decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(verifyUrl);
    }

    @Test
    void aRevokedCertificateStopsCountingAndItsHolderIsToldWhyOnce() {
        PeopleWithChats people = new PeopleWithChats(jdbc);
        long telegram = people.chat(person.getId(), "TELEGRAM", false);
        long bale = people.chat(person.getId(), "BALE", false);
        people.chat(person.getId(), "TELEGRAM", true);
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        Certificate certificate = ((QuizStep.Finished) takeQuiz(enrolmentId, 0, 1, 1)).outcome().certificate();
        String code = tx.execute(s -> courses.findById(courseId).orElseThrow().getCode());
        assertThat(passed.of(person.getId())).contains(code);

        assertThatThrownBy(() -> revocation.revoke(certificate, "demo-national", "  "))
                .isInstanceOfSatisfying(CourseContentException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.REVOKE_REASON_MISSING));
        assertThat(certificates.find(certificate.getCode()).orElseThrow().isValid()).isTrue();

        revocation.revoke(certificate, "demo-national", "آزمون را كس ديگري داده است");
        Certificate revoked = certificates.find(certificate.getCode()).orElseThrow();
        assertThat(revoked.isValid()).isFalse();
        assertThat(revoked.getRevokedBy()).isEqualTo("demo-national");
        assertThat(revoked.getRevokeReason()).as("Arabic letters made Persian").isEqualTo("آزمون را کس دیگری داده است");
        assertThat(passed.of(person.getId())).doesNotContain(code);

        // A second revocation changes nothing and tells nobody again.
        revocation.revoke(certificate, "someone-else", "دلیل دیگر");
        assertThat(certificates.find(certificate.getCode()).orElseThrow().getRevokedBy()).isEqualTo("demo-national");
        List<Map<String, Object>> notices = jdbc.queryForList("SELECT channel, chat_id, body FROM outbox_message "
                + "WHERE person_id = ? AND kind = 'CERTIFICATE_REVOKED' ORDER BY chat_id", person.getId());
        assertThat(notices).extracting(n -> ((Number) n.get("chat_id")).longValue())
                .as("each chat not blocked, once").containsExactlyInAnyOrder(telegram, bale);
        assertThat(notices).allSatisfy(n -> assertThat((String) n.get("body"))
                .contains("اداره کانون", "باطل شد", "آزمون را کس دیگری داده است"));
    }

    @Test
    void anAnswerToAnOldQuestionChangesNothing() {
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        QuizStep.Ask first = (QuizStep.Ask) tx.execute(s -> grading.start(enrolmentId));
        QuizStep.Ask second = (QuizStep.Ask) tx.execute(s -> grading.answer(enrolmentId, first.question().getId(),
                first.options().get(0).getId()));
        QuizStep.Ask again = (QuizStep.Ask) tx.execute(s -> grading.answer(enrolmentId, first.question().getId(),
                first.options().get(1).getId()));
        assertThat(again.number()).isEqualTo(2);
        assertThat(again.question().getId()).isEqualTo(second.question().getId());
    }

    @Test
    void editingAPublishedCourseMakesANewVersionAndLeavesPastResultsAlone() {
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        Certificate certificate = ((QuizStep.Finished) takeQuiz(enrolmentId, 0, 1, 1)).outcome().certificate();

        assertThatThrownBy(() -> tx.execute(s -> authoring.addLesson(certificate.getCourseVersionId(),
                LessonContent.text("تازه", "متن")))).isInstanceOf(CourseContentException.class)
                .extracting(e -> ((CourseContentException) e).problem()).isEqualTo(Problem.NOT_A_DRAFT);

        long draftId = tx.execute(s -> {
            CourseVersion draft = authoring.draftFor(courseId, "admin");
            authoring.describe(draft.getId(), "اداره کانون (ویرایش دوم)", null, 100, 0);
            authoring.removeLesson(lessons.findByCourseVersionIdOrderByPosition(draft.getId()).get(0).getId());
            authoring.publish(draft.getId(), "admin");
            return draft.getId();
        });
        assertThat(lessons.findByCourseVersionIdOrderByPosition(draftId)).extracting(Lesson::getTitle)
                .containsExactly("درس دو", "درس سه");
        assertThat(lessons.findByCourseVersionIdOrderByPosition(certificate.getCourseVersionId())).hasSize(3);

        CourseProgress seen = tx.execute(s -> enrolments.courseOf(person, courseId).orElseThrow());
        assertThat(seen.isPassed()).isTrue();
        assertThat(seen.version().getTitle()).isEqualTo("اداره کانون");
        assertThat(certificates.find(certificate.getCode())).map(Certificate::getCourseTitle).contains("اداره کانون");
        assertThat(seen.enrolment().getCourseVersionId()).isEqualTo(certificate.getCourseVersionId());
    }

    @Test
    void onlyTheNationalAdminEditsANationalCourseAndProvinceStaffTheirOwn() {
        Course national = courses.findById(courseId).orElseThrow();
        assertThat(national.isEditableBy(StaffRole.NATIONAL_ADMIN, null)).isTrue();
        assertThat(national.isEditableBy(StaffRole.PROVINCE_STAFF, 1L)).isFalse();
        Course provincial = new Course("P1", 1L, "p", clock.instant());
        assertThat(provincial.isEditableBy(StaffRole.PROVINCE_STAFF, 1L)).isTrue();
        assertThat(provincial.isEditableBy(StaffRole.PROVINCE_STAFF, 2L)).isFalse();
        assertThat(provincial.isEditableBy(StaffRole.COUNTY_STAFF, 1L)).isFalse();
    }

    private QuizStep takeQuiz(long enrolmentId, int... choices) {
        return tx.execute(s -> {
            QuizStep step = grading.start(enrolmentId);
            for (int choice : choices) {
                QuizStep.Ask ask = (QuizStep.Ask) step;
                step = grading.answer(enrolmentId, ask.question().getId(), ask.options().get(choice).getId());
            }
            return step;
        });
    }
}
