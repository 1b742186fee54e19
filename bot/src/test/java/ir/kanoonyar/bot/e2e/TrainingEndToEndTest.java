package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import ir.kanoonyar.bot.fakeapi.RecordedCall;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateIssuing;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.CertificateRevocation;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.LessonContent;
import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.PassedCourses;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.TrainingMedia;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training through the real TelegramBots client, the fake Bot API and MariaDB: a manager takes a
 * course lesson by lesson, the quiz by inline buttons, and receives the certificate; a video lesson is
 * uploaded once for all its learners; a revoked certificate is explained, not sent; a failed quiz is
 * retried after its wait; a restart mid-course resumes at the same lesson; a new version of a course
 * leaves a certificate and result already given as they were.
 */
class TrainingEndToEndTest extends EndToEnd {

    /** The right answer of each question, in order, as the buttons read. */
    static final List<String> RIGHT = List.of("دوازده", "هر ماه", "بیست");
    static final List<String> WRONG = List.of("هشت", "هر سال", "پنج");

    @Test
    void aManagerTakesACourseAndReceivesACertificateThatVerifies() {
        Course course = course(0);
        Chat chat = Chat.newPerson(api);
        Managers.register(chat, "مهدی");

        SentMessage list = chat.says("آموزش", course.title);
        SentMessage first = chat.press(list, course.title, "درس ۱ از ۳");
        assertThat(first.text()).contains("فعالیت‌های کانون در دوازده محور");
        assertThat(first.inlineButtonTexts()).contains("بعدی ◀").doesNotContain("▶ قبلی");

        int next = api.pressButton(chat.userId, first, "بعدی ◀");
        SentMessage picture = api.awaitReplyTo(next, m -> m.method().equals("sendPhoto"), Chat.PATIENCE);
        assertThat(picture.caption()).contains("درس ۲ از ۳");
        assertThat(picture.fileBytes()).isEqualTo(course.picture);
        SentMessage second = chat.expectReply(next, "درس ۲ از ۳");
        SentMessage back = chat.press(second, "▶ قبلی", "درس ۱ از ۳");
        second = chat.press(back, "بعدی ◀", "درس ۲ از ۳");
        SentMessage third = chat.press(second, "بعدی ◀", "درس ۳ از ۳");
        assertThat(third.text()).contains("https://example.org/kanoon");

        SentMessage question = chat.press(third, "شروع آزمون", "پرسش ۱ از ۳");
        int last = answer(chat, question, RIGHT);
        SentMessage result = chat.expectReply(last, "تبریک");
        assertThat(result.text()).contains("۱۰۰ از ۱۰۰");
        SentMessage review = chat.expectReply(last, "پاسخ‌های درست");
        assertThat(review.text()).contains("✅").doesNotContain("❌");
        SentMessage image = api.awaitReplyTo(last, m -> m.method().equals("sendPhoto"), Chat.PATIENCE);
        assertThat(image.caption()).contains("مهدی احمدی", course.title, "کد تصدیق", "/verify/certificate/");
        assertThat(readImage(image.fileBytes()).getWidth()).isGreaterThan(1000);
        SentMessage pdf = api.awaitReplyTo(last, m -> m.method().equals("sendDocument"), Chat.PATIENCE);
        assertThat(new String(pdf.fileBytes(), 0, 5)).isEqualTo("%PDF-");

        String code = bot.jdbc().queryForObject("SELECT t.code FROM certificate t JOIN course c ON c.id = t.course_id "
                + "WHERE c.code = ?", String.class, course.code);
        assertThat(image.caption()).contains(code);
        assertThat(bot.bean(CertificateIssuing.class).find(code)).get()
                .satisfies(c -> assertThat(c.getPersonName()).isEqualTo("مهدی احمدی"));
        Long personId = bot.jdbc().queryForObject("SELECT person_id FROM certificate WHERE code = ?", Long.class, code);
        assertThat(bot.bean(PassedCourses.class).of(personId)).contains(course.code);
    }

    @Test
    void aFailedQuizShowsTheRightAnswersAndIsRetriedOnceItsWaitIsOver() {
        Course course = course(30);
        Chat chat = Chat.newPerson(api);
        Managers.register(chat, "لیلا");
        SentMessage lesson = chat.press(chat.says("آموزش", course.title), course.title, "درس ۱ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۲ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۳ از ۳");

        int last = answer(chat, chat.press(lesson, "شروع آزمون", "پرسش ۱ از ۳"), List.of(RIGHT.get(0), WRONG.get(1),
                WRONG.get(2)));
        SentMessage result = chat.expectReply(last, "قبول نشدید");
        assertThat(result.text()).contains("۳۳ از ۱۰۰", "نمره‌ی قبولی ۶۰");
        SentMessage review = chat.expectReply(last, "پاسخ‌های درست");
        assertThat(review.text()).contains("❌", "پاسخ درست: هر ماه", "پاسخ درست: بیست");
        SentMessage retry = chat.expectReply(last, "آزمون دوباره از");
        assertThat(retry.text()).contains("ساعت");

        // Too early: the course opens at its last lesson, and its quiz says when.
        SentMessage again = chat.press(chat.says("آموزش", course.title), course.title, "درس ۳ از ۳");
        chat.press(again, "شروع آزمون", "هنوز زمان آزمون دوباره نرسیده است");

        // As if the 30 minutes had passed.
        bot.jdbc().update("UPDATE quiz_attempt SET finished_at = finished_at - INTERVAL 31 MINUTE WHERE enrolment_id IN "
                + "(SELECT e.id FROM enrolment e JOIN course c ON c.id = e.course_id WHERE c.code = ?)", course.code);
        again = chat.press(chat.says("آموزش", course.title), course.title, "درس ۳ از ۳");
        last = answer(chat, chat.press(again, "شروع آزمون", "پرسش ۱ از ۳"), RIGHT);
        chat.expectReply(last, "تبریک");
        assertThat(bot.jdbc().queryForList("SELECT a.passed FROM quiz_attempt a JOIN enrolment e ON e.id = a.enrolment_id "
                + "JOIN course c ON c.id = e.course_id WHERE c.code = ? ORDER BY a.attempt_number", Boolean.class,
                course.code)).containsExactly(false, true);
    }

    @Test
    void aRestartInTheMiddleOfACourseResumesAtTheSameLesson() {
        Course course = course(0);
        Chat chat = Chat.newPerson(api);
        Managers.register(chat, "رضا");
        SentMessage lesson = chat.press(chat.says("آموزش", course.title), course.title, "درس ۱ از ۳");
        SentMessage second = chat.press(lesson, "بعدی ◀", "درس ۲ از ۳");

        bot.restart();

        SentMessage list = chat.says("آموزش", course.title);
        assertThat(list.text()).contains("درس ۲ از ۳");
        chat.press(list, course.title, "درس ۲ از ۳");
    }

    @Test
    void aNewVersionOfACourseLeavesTheCertificateAndResultAlreadyGiven() {
        Course course = course(0);
        Chat chat = Chat.newPerson(api);
        Managers.register(chat, "سمیه");
        SentMessage lesson = chat.press(chat.says("آموزش", course.title), course.title, "درس ۱ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۲ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۳ از ۳");
        chat.expectReply(answer(chat, chat.press(lesson, "شروع آزمون", "پرسش ۱ از ۳"), List.of(RIGHT.get(0),
                RIGHT.get(1), WRONG.get(2))), "تبریک");
        Map<String, Object> before = bot.jdbc().queryForMap("SELECT t.code, t.course_title, t.score_percent, "
                + "t.course_version_id FROM certificate t JOIN course c ON c.id = t.course_id WHERE c.code = ?", course.code);

        String newTitle = course.title + " (ویرایش دوم)";
        tx().executeWithoutResult(s -> {
            CourseAuthoring authoring = bot.bean(CourseAuthoring.class);
            CourseVersion draft = authoring.draftFor(course.id, "test");
            authoring.describe(draft.getId(), newTitle, null, 100, 0);
            authoring.changeQuestion(bot.jdbc().queryForObject("SELECT id FROM quiz_question WHERE course_version_id = ? "
                    + "AND position = 3", Long.class, draft.getId()), new QuestionContent("پرسش تازه", List.of("یک", "دو"), 0));
            authoring.publish(draft.getId(), "test");
        });

        // Two of three right: 66.7%, rounded (issue 12 item 6), not cut to 66.
        SentMessage list = chat.says("آموزش", "گذرانده با نمره‌ی ۶۷");
        assertThat(list.text()).contains(course.title).doesNotContain(newTitle);
        SentMessage passed = chat.press(list, course.title, "را گذرانده‌اید");
        String code = (String) before.get("code");
        assertThat(passed.text()).contains(Chat.persianDigits(code.substring(0, 4)));
        Map<String, Object> after = bot.jdbc().queryForMap("SELECT t.code, t.course_title, t.score_percent, "
                + "t.course_version_id FROM certificate t JOIN course c ON c.id = t.course_id WHERE c.code = ?", course.code);
        assertThat(after).isEqualTo(before);
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM quiz_answer a JOIN quiz_attempt t ON t.id = a.attempt_id "
                + "WHERE t.course_version_id = ?", Integer.class, before.get("course_version_id"))).isEqualTo(3);

        // A newcomer takes the new version.
        Chat newcomer = Chat.newPerson(api);
        Managers.register(newcomer, "حسین");
        newcomer.says("آموزش", newTitle);
    }

    @Test
    void aRevokedCertificateIsExplainedToItsHolderAndNoLongerSent() {
        Course course = course(0);
        Chat chat = Chat.newPerson(api);
        Managers.register(chat, "کیوان");
        SentMessage lesson = chat.press(chat.says("آموزش", course.title), course.title, "درس ۱ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۲ از ۳");
        lesson = chat.press(lesson, "بعدی ◀", "درس ۳ از ۳");
        chat.expectReply(answer(chat, chat.press(lesson, "شروع آزمون", "پرسش ۱ از ۳"), RIGHT), "تبریک");
        SentMessage passed = chat.press(chat.says("آموزش", course.title), course.title, "را گذرانده‌اید");

        Certificate certificate = bot.jdbc().queryForObject("SELECT t.id FROM certificate t JOIN course c "
                + "ON c.id = t.course_id WHERE c.code = ?", (rs, n) -> bot.bean(CertificateRepository.class)
                .findById(rs.getLong(1)).orElseThrow(), course.code);
        bot.bean(CertificateRevocation.class).revoke(certificate, "demo-national", "آزمون را کس دیگری داده است");

        // The bot tells them, unasked, through the outbox.
        SentMessage notice = api.awaitMessageTo(chat.userId, "باطل شد", Chat.PATIENCE);
        assertThat(notice.text()).contains(course.title, "آزمون را کس دیگری داده است");
        // The button they already have no longer sends the certificate, and the course says why.
        chat.press(passed, "دریافت دوباره‌ی گواهی", "باطل شده است");
        SentMessage view = chat.press(chat.says("آموزش", course.title), course.title, "باطل شده است");
        assertThat(view.text()).contains("آزمون را کس دیگری داده است");
        assertThat(view.inlineButtonTexts()).contains("مرور درس‌ها").doesNotContain("دریافت دوباره‌ی گواهی");
    }

    @Test
    void aVideoLessonIsUploadedOnceAndLaterLearnersGetItByItsFileId() {
        byte[] video = new byte[4096];
        ThreadLocalRandom.current().nextBytes(video);
        bot.jdbc().update("UPDATE course SET archived = TRUE WHERE code LIKE 'E2E%'");
        String code = "E2E_" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        String title = "دوره‌ی ویدیویی " + Chat.persianDigits(code.substring(4));
        tx().executeWithoutResult(s -> {
            CourseAuthoring authoring = bot.bean(CourseAuthoring.class);
            CourseVersion v = authoring.createCourse(code, null, title, "test");
            TrainingMedia media = authoring.storeMedia("lesson.mp4", "video/mp4", video, "test");
            authoring.addLesson(v.getId(), LessonContent.media(LessonKind.VIDEO, "فیلم آموزشی", "این فیلم را ببینید.",
                    media.getId()));
            authoring.addQuestion(v.getId(), new QuestionContent("دیدید؟", List.of("بله", "نه"), 0));
            authoring.publish(v.getId(), "test");
        });

        List<String> learners = new ArrayList<>();
        for (String name : List.of("سارا", "نرگس", "مریم")) {
            Chat chat = Chat.newPerson(api);
            Managers.register(chat, name);
            int opened = api.pressButton(chat.userId, chat.says("آموزش", title), title);
            SentMessage lesson = api.awaitReplyTo(opened, m -> m.method().equals("sendVideo"), Chat.PATIENCE);
            assertThat(lesson.caption()).contains("درس ۱ از ۱", "فیلم آموزشی");
            assertThat(lesson.fileBytes()).isEqualTo(video);
            learners.add(String.valueOf(chat.userId));
        }

        List<RecordedCall> sends = api.awaitCalls("sendVideo", c -> learners.contains(c.param("chat_id")),
                learners.size(), Chat.PATIENCE);
        assertThat(sends).extracting(c -> c.files().isEmpty()).as("sent by file id, after the first")
                .containsExactly(false, true, true);
    }

    /** Presses the chosen option of each question in turn; returns the update of the last press. */
    private int answer(Chat chat, SentMessage question, List<String> choices) {
        int update = -1;
        SentMessage asked = question;
        for (int i = 0; i < choices.size(); i++) {
            String wanted = choices.get(i);
            SentMessage shown = asked;
            String choice = shown.inlineButtonTexts().stream().filter(t -> t.equals(wanted)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option " + wanted + " in " + shown));
            update = api.pressButton(chat.userId, shown, choice);
            if (i + 1 < choices.size()) {
                asked = chat.expectReply(update, "پرسش " + Chat.persianDigits(String.valueOf(i + 2)) + " از ۳");
            }
        }
        return update;
    }

    private record Course(long id, String code, String title, byte[] picture) {
    }

    /** A published national course of three lessons (text, picture, link) and three questions, pass mark 60. */
    private Course course(int retryWaitMinutes) {
        // Courses of earlier tests (and runs) leave the list: each test sees its own course among few.
        bot.jdbc().update("UPDATE course SET archived = TRUE WHERE code LIKE 'E2E%'");
        String code = "E2E_" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        String title = "دوره‌ی آزمایشی " + Chat.persianDigits(code.substring(4));
        byte[] picture = png();
        long id = tx().execute(s -> {
            CourseAuthoring authoring = bot.bean(CourseAuthoring.class);
            CourseVersion v = authoring.createCourse(code, null, title, "test");
            authoring.describe(v.getId(), title, "سه درس کوتاه", 60, retryWaitMinutes);
            authoring.addLesson(v.getId(), LessonContent.text("محورها", "فعالیت‌های کانون در دوازده محور فهما است."));
            TrainingMedia media = authoring.storeMedia("poster.png", "image/png", picture, "test");
            authoring.addLesson(v.getId(), LessonContent.media(LessonKind.PHOTO, "پوستر", "این پوستر را ببینید.",
                    media.getId()));
            authoring.addLesson(v.getId(), LessonContent.link("بیشتر بخوانید", "گزارش هر ماه فرستاده می‌شود.",
                    "https://example.org/kanoon"));
            authoring.addQuestion(v.getId(), new QuestionContent("چند محور؟", List.of("هشت", "دوازده"), 1));
            authoring.addQuestion(v.getId(), new QuestionContent("گزارش کی؟", List.of("هر ماه", "هر سال"), 0));
            authoring.addQuestion(v.getId(), new QuestionContent("عضو کانون شهری؟", List.of("پنج", "بیست"), 1));
            authoring.publish(v.getId(), "test");
            return v.getCourseId();
        });
        return new Course(id, code, title, picture);
    }

    private static TransactionTemplate tx() {
        return new TransactionTemplate(bot.bean(PlatformTransactionManager.class));
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(ThreadLocalRandom.current().nextInt(40), ThreadLocalRandom.current().nextInt(30), 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage readImage(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
