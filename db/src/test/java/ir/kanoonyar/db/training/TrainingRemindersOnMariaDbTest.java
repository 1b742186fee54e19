package ir.kanoonyar.db.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders for people who stopped mid-course and for new managers whose training deadline nears. */
class TrainingRemindersOnMariaDbTest extends MariaDbTest {

    @Autowired
    TrainingReminders reminders;
    @Autowired
    CourseAuthoring authoring;
    @Autowired
    Enrolments enrolments;
    @Autowired
    CourseRepository courses;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    GuidelineVersionRepository guidelines;
    @Autowired
    OutboxMessageRepository outboxRows;

    /** A sweep now, written straight to the outbox (the back-office's sweep adds quiet hours and the bulk lane). */
    private void sweep() {
        Instant now = clock.instant();
        tx.execute(s -> reminders.sweep(now, (channel, chat, person, kind, key, text) -> outboxRows.saveUnlessDuplicate(
                OutboxMessage.text(channel, chat, person, kind, key, text, now, now))));
    }

    @Test
    void aPersonWhoStoppedMidCourseIsRemindedOnceUntilTheyMoveOnAndStopAgain() {
        Person person = person();
        long courseId = tx.execute(s -> course("T" + RandomPeople.digits(8), "مدیریت رویدادها"));
        long enrolmentId = tx.execute(s -> enrolments.enrol(person, courseId).getId());
        tx.execute(s -> enrolments.moveTo(enrolmentId, 2));
        stopFor(enrolmentId, Duration.ofDays(8));

        sweep();
        sweep();
        assertThat(reminderTexts(person)).singleElement().asString().contains("مدیریت رویدادها", "درس ۲ از ۲");

        // Ten days after that reminder they went back a lesson, then stopped again for eight days.
        tx.execute(s -> enrolments.moveTo(enrolmentId, 1));
        jdbc.update("UPDATE enrolment SET reminded_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(18))), enrolmentId);
        stopFor(enrolmentId, Duration.ofDays(8));
        sweep();
        assertThat(reminderTexts(person)).hasSize(2);
    }

    @Test
    void aNewManagerMissingARequiredCourseHearsOfTheDeadlineOnceWhenItIsNear() {
        GuidelineVersion guideline = guidelines.findInForceAt(clock.instant()).orElseThrow();
        String required = guideline.getRequiredCourses().iterator().next();   // MANAGER_BASICS in the first one
        tx.executeWithoutResult(s -> {
            if (courses.findByCode(required).isEmpty()) {
                course(required, "آشنایی با اداره‌ی کانون");
            }
        });
        String title = jdbc.queryForObject("SELECT v.title FROM course c JOIN course_version v "
                + "ON v.id = c.published_version_id WHERE c.code = ?", String.class, required);
        Person near = person();
        Person far = person();
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        int within = guideline.getTrainingWithinDays();
        manage(near, today.minusDays(within - 5));     // 5 days left
        manage(far, today.minusDays(within - 60));     // 60 days left

        sweep();
        sweep();
        assertThat(reminderTexts(near)).singleElement().asString()
                .contains(title, JalaliDate.from(today.plusDays(5)).formatLong());
        assertThat(reminderTexts(far)).isEmpty();
    }

    private long course(String code, String title) {
        CourseVersion v = authoring.createCourse(code, null, title, "test");
        authoring.addLesson(v.getId(), LessonContent.text("یک", "متن یک"));
        authoring.addLesson(v.getId(), LessonContent.text("دو", "متن دو"));
        authoring.addQuestion(v.getId(), new QuestionContent("پرسش", List.of("الف", "ب"), 0));
        authoring.publish(v.getId(), "test");
        return v.getCourseId();
    }

    private void manage(Person person, LocalDate since) {
        tx.executeWithoutResult(s -> {
            Long county = jdbc.queryForObject("SELECT id FROM county WHERE code = '0001'", Long.class);
            Long province = jdbc.queryForObject("SELECT province_id FROM county WHERE code = '0001'", Long.class);
            Mosque mosque = mosques.save(new Mosque("مسجد آزمایشی", province, county, "اراک", false, clock.instant()));
            kanoons.save(new Kanoon("کانون آزمایشی", mosque.getId(), province, county, KanoonAudience.BROTHERS,
                    person.getId(), since, clock.instant()));
        });
    }

    private Person person() {
        return tx.execute(s -> {
            Person p = new Person(clock.instant());
            p.register(new Person.Profile(RandomPeople.nationalCode(), "حمید", "نوری", "09120000000",
                    LocalDate.of(1999, 1, 1), Gender.MALE, Education.DIPLOMA, "اراک", null, null), clock.instant());
            Person saved = persons.save(p);
            chats.save(new PersonChat(saved.getId(), Channel.TELEGRAM, 700_000_000L + saved.getId(), clock.instant()));
            return saved;
        });
    }

    private void stopFor(long enrolmentId, Duration ago) {
        jdbc.update("UPDATE enrolment SET updated_at = ? WHERE id = ?", Timestamp.from(clock.instant().minus(ago)),
                enrolmentId);
    }

    private List<String> reminderTexts(Person person) {
        return jdbc.queryForList("SELECT body FROM outbox_message WHERE person_id = ? AND kind = ? ORDER BY id",
                String.class, person.getId(), TrainingReminders.KIND);
    }
}
