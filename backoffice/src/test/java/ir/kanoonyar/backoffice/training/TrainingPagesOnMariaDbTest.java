package ir.kanoonyar.backoffice.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ir.kanoonyar.backoffice.requests.TestStaff;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.training.Certificate;
import ir.kanoonyar.db.training.CertificateRepository;
import ir.kanoonyar.db.training.CertificateRevocation;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseRepository;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.CourseVersionRepository;
import ir.kanoonyar.db.training.CourseVersionStatus;
import ir.kanoonyar.db.training.Enrolment;
import ir.kanoonyar.db.training.EnrolmentRepository;
import ir.kanoonyar.db.training.Enrolments;
import ir.kanoonyar.db.training.Lesson;
import ir.kanoonyar.db.training.LessonContent;
import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.LessonRepository;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.QuizAttemptRepository;
import ir.kanoonyar.db.training.QuizGrading;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizOptionRepository;
import ir.kanoonyar.db.training.QuizQuestion;
import ir.kanoonyar.db.training.QuizQuestionRepository;
import ir.kanoonyar.db.training.QuizStep;
import ir.kanoonyar.db.training.TrainingMediaRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.RandomPeople;
import ir.kanoonyar.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training pages on the real database: authoring and publishing, versions that keep past
 * results, who may change which course, the figures (and their spreadsheet) within each staff
 * member's region, the public certificate check, and mandatory courses on the guideline page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import({CleanSchemaFirst.class, TestStaff.class})
class TrainingPagesOnMariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    /** The first bytes of a PNG, which is what the upload check looks at. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff.Logins logins;
    @Autowired
    CourseAuthoring authoring;
    @Autowired
    Enrolments enrolments;
    @Autowired
    QuizGrading grading;
    @Autowired
    CourseRepository courses;
    @Autowired
    CourseVersionRepository versions;
    @Autowired
    LessonRepository lessons;
    @Autowired
    QuizQuestionRepository questions;
    @Autowired
    QuizOptionRepository options;
    @Autowired
    QuizAttemptRepository attempts;
    @Autowired
    EnrolmentRepository enrolmentRows;
    @Autowired
    CertificateRepository certificates;
    @Autowired
    CertificateRevocation revocation;
    @Autowired
    TrainingMediaRepository media;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    ProvinceRepository provinces;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    GuidelineVersionRepository guidelines;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    // ---- authoring ----

    @Test
    void theNationalAdminAuthorsAndPublishesACourseThroughThePages() throws Exception {
        String code = unique("mgr");
        MvcResult created = perform(TestStaff.NATIONAL, post("/training").param("code", code)
                .param("title", "آشنایی با ادارهٔ کانون"));
        Course course = courses.findByCode(code.toUpperCase()).orElseThrow();
        assertThat(course.isNational()).isTrue();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/training/" + course.getId());
        CourseVersion draft = versions.findFirstByCourseIdOrderByVersionNumberDesc(course.getId()).orElseThrow();
        String at = "/training/" + course.getId() + "/versions/" + draft.getId();

        perform(TestStaff.NATIONAL, post(at + "/describe").param("title", "آشنایی با ادارهٔ کانون")
                .param("summary", "دو درس و یک پرسش").param("passMark", "۷۰").param("retryWait", "60"));
        assertThat(versions.findById(draft.getId()).orElseThrow().getPassMarkPercent()).isEqualTo(70);

        assertThat(problem(TestStaff.NATIONAL, post(at + "/lessons").param("kind", "TEXT")
                .param("title", "درس نخست").param("body", "کانون خانهٔ نوجوانان مسجد است."))).isNull();
        assertThat(problem(TestStaff.NATIONAL, multipart(at + "/lessons")
                .file(new MockMultipartFile("file", "banner.png", "image/png", PNG))
                .param("kind", "PHOTO").param("title", "تابلوی کانون").param("body", "نمونهٔ تابلو"))).isNull();

        // A PDF sent as a picture, an ftp link and a question with one option are refused in Persian.
        assertThat(problem(TestStaff.NATIONAL, multipart(at + "/lessons")
                .file(new MockMultipartFile("file", "x.png", "image/png", "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "PHOTO").param("title", "تصویر").param("body", "")))
                .contains("نوع فایل با نوع درس جور نیست");
        assertThat(problem(TestStaff.NATIONAL, post(at + "/lessons").param("kind", "LINK").param("title", "پیوند")
                .param("url", "ftp://example.org/a"))).contains("نشانی پیوند درست نیست");
        assertThat(problem(TestStaff.NATIONAL, post(at + "/questions").param("text", "پرسش")
                .param("option", "تنها", "").param("correct", "0"))).contains("دو تا شش گزینه");

        // Blank option fields are dropped; the correct one is counted among those kept.
        assertThat(problem(TestStaff.NATIONAL, post(at + "/questions").param("text", "کانون زیر نظر کیست؟")
                .param("option", "شهرداری", "", "ستاد کانون‌ها، با امام جماعت", "").param("correct", "2"))).isNull();
        QuizQuestion question = questions.findByCourseVersionIdOrderByPosition(draft.getId()).get(0);
        assertThat(options.findByQuestionIdOrderByPosition(question.getId()))
                .extracting(QuizOption::getText, QuizOption::isCorrect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("شهرداری", false),
                        org.assertj.core.groups.Tuple.tuple("ستاد کانون‌ها، با امام جماعت", true));

        List<Lesson> two = lessons.findByCourseVersionIdOrderByPosition(draft.getId());
        assertThat(two).extracting(Lesson::getKind).containsExactly(LessonKind.TEXT, LessonKind.PHOTO);
        assertThat(media.findById(two.get(1).getMediaId()).orElseThrow().getContentType()).isEqualTo("image/png");
        perform(TestStaff.NATIONAL, post("/training/" + course.getId() + "/lessons/" + two.get(1).getId() + "/move")
                .param("direction", "up"));
        assertThat(lessons.findByCourseVersionIdOrderByPosition(draft.getId())).extracting(Lesson::getTitle)
                .containsExactly("تابلوی کانون", "درس نخست");

        // The preview shows the lesson as a chat bubble, its picture served from the course.
        String preview = page(TestStaff.NATIONAL, "/training/" + course.getId() + "/lessons/" + two.get(1).getId() + "/preview");
        String mediaUrl = "/training/" + course.getId() + "/media/" + two.get(1).getMediaId();
        assertThat(preview).contains("class=\"bubble\"", "درس ۱ از ۲: تابلوی کانون", "بعدی ◀", mediaUrl)
                .doesNotContain("▶ قبلی");
        MvcResult picture = mvc.perform(get(mediaUrl).with(logins.as(TestStaff.MARKAZI_PROVINCE))).andReturn();
        assertThat(picture.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(picture.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        perform(TestStaff.NATIONAL, post(at + "/publish"));
        CourseVersion published = versions.findById(draft.getId()).orElseThrow();
        assertThat(published.getStatus()).isEqualTo(CourseVersionStatus.PUBLISHED);
        assertThat(courses.findById(course.getId()).orElseThrow().getPublishedVersionId()).isEqualTo(draft.getId());
        assertThat(page(TestStaff.NATIONAL, "/training")).contains(code.toUpperCase(), "آشنایی با ادارهٔ کانون");

        // A published version no longer changes.
        assertThat(problem(TestStaff.NATIONAL, post(at + "/lessons").param("kind", "TEXT").param("title", "دیر")
                .param("body", "دیر"))).contains("منتشر شده و تغییر نمی‌کند");
        assertThat(lessons.countByCourseVersionId(draft.getId())).isEqualTo(2);
    }

    @Test
    void editingAPublishedCourseLeavesPastResultsIntact() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش نخست", "پرسش دوم");
        CourseVersion first = versions.findFirstByCourseIdOrderByVersionNumberDesc(courseId).orElseThrow();
        Person manager = person("0001", "حسن", "موسوی");
        Certificate certificate = take(manager, courseId, true, true).certificate();
        int attemptsBefore = attempts.findAll().size();

        // The national admin edits the course: a new draft, a question rewritten, the pass mark raised.
        perform(TestStaff.NATIONAL, post("/training/" + courseId + "/draft"));
        CourseVersion second = versions.findFirstByCourseIdOrderByVersionNumberDesc(courseId).orElseThrow();
        assertThat(second.getVersionNumber()).isEqualTo(2);
        assertThat(second.isDraft()).isTrue();
        QuizQuestion copied = questions.findByCourseVersionIdOrderByPosition(second.getId()).get(0);
        perform(TestStaff.NATIONAL, post("/training/" + courseId + "/questions/" + copied.getId())
                .param("text", "پرسش نخست، بازنویسی‌شده").param("option", "درست", "نادرست", "", "", "", "")
                .param("correct", "0"));
        perform(TestStaff.NATIONAL, post("/training/" + courseId + "/versions/" + second.getId() + "/describe")
                .param("title", "دورهٔ ویرایش‌شده").param("passMark", "100").param("retryWait", "0"));
        perform(TestStaff.NATIONAL, post("/training/" + courseId + "/versions/" + second.getId() + "/publish"));

        CourseVersion old = versions.findById(first.getId()).orElseThrow();
        assertThat(old.getStatus()).isEqualTo(CourseVersionStatus.RETIRED);
        assertThat(old.getPassMarkPercent()).isEqualTo(50);
        assertThat(old.getTitle()).isEqualTo("دورهٔ آزمایشی");
        assertThat(questions.findByCourseVersionIdOrderByPosition(first.getId())).extracting(QuizQuestion::getText)
                .containsExactly("پرسش نخست", "پرسش دوم");
        Enrolment enrolment = enrolmentRows.findFirstByPersonIdAndCourseIdOrderByIdDesc(manager.getId(), courseId)
                .orElseThrow();
        assertThat(enrolment.getCourseVersionId()).isEqualTo(first.getId());
        assertThat(enrolment.isPassed()).isTrue();
        assertThat(enrolment.getBestScorePercent()).isEqualTo(100);
        assertThat(attempts.findAll()).hasSize(attemptsBefore);
        assertThat(certificates.findById(certificate.getId()).orElseThrow().isValid()).isTrue();

        // The old version is still shown as it was; the certificate still checks out with the old title.
        assertThat(page(TestStaff.NATIONAL, "/training/" + courseId + "?version=" + first.getId()))
                .contains("پرسش نخست", "دورهٔ آزمایشی").doesNotContain("بازنویسی‌شده");
        String verified = anonymous("/verify/certificate/" + certificate.getCode(), 200);
        assertThat(verified).contains("این گواهی معتبر است", "دورهٔ آزمایشی", "حسن موسوی");
        assertThat(page(TestStaff.NATIONAL, "/training/" + courseId + "/figures"))
                .contains("data-figure=\"passed\">۱<");
    }

    // ---- who may change what ----

    @Test
    void provincialStaffCannotChangeNationalOrOtherProvincesCourses() throws Exception {
        long national = publishedCourse(null, 50, "پرسش");
        CourseVersion nationalVersion = versions.findFirstByCourseIdOrderByVersionNumberDesc(national).orElseThrow();
        long nationalLesson = lessons.findByCourseVersionIdOrderByPosition(nationalVersion.getId()).get(0).getId();

        // Markazi's staff make a course of their own province.
        String code = unique("mk");
        perform(TestStaff.MARKAZI_PROVINCE, post("/training").param("code", code).param("title", "دورهٔ استان مرکزی"));
        Course markazi = courses.findByCode(code.toUpperCase()).orElseThrow();
        assertThat(markazi.getProvinceId()).isEqualTo(provinces.findByCode("00").orElseThrow().getId());
        CourseVersion markaziDraft = versions.findFirstByCourseIdOrderByVersionNumberDesc(markazi.getId()).orElseThrow();

        // They read the national course but cannot change it, not even by posting directly.
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/training/" + national)).contains("فقط می‌توانید ببینید")
                .doesNotContain("/publish");
        String base = "/training/" + national;
        for (MockHttpServletRequestBuilder attempt : List.of(
                post(base + "/draft"),
                post(base + "/versions/" + nationalVersion.getId() + "/describe").param("title", "x")
                        .param("passMark", "1").param("retryWait", "0"),
                post(base + "/versions/" + nationalVersion.getId() + "/lessons").param("kind", "TEXT")
                        .param("title", "x").param("body", "x"),
                post(base + "/lessons/" + nationalLesson + "/remove"),
                post(base + "/versions/" + nationalVersion.getId() + "/publish"))) {
            MvcResult refused = mvc.perform(attempt.with(logins.as(TestStaff.MARKAZI_PROVINCE)).with(csrf())).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(403);
            assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("دوره‌های کشوری را ستاد کشور");
        }
        assertThat(versions.findFirstByCourseIdOrderByVersionNumberDesc(national).orElseThrow().getId())
                .isEqualTo(nationalVersion.getId());
        assertThat(lessons.countByCourseVersionId(nationalVersion.getId())).isEqualTo(1);
        assertThat(audit.findTop100ByActorOrderByOccurredAtDesc(TestStaff.MARKAZI_PROVINCE))
                .anyMatch(e -> (base + "/draft").equals(e.getTarget()) && e.getDetail().contains("403"));

        // A lesson of the national course cannot be reached through Markazi's own course either.
        assertThat(status(TestStaff.MARKAZI_PROVINCE, post("/training/" + markazi.getId() + "/lessons/"
                + nationalLesson + "/remove"))).isEqualTo(404);
        assertThat(lessons.countByCourseVersionId(nationalVersion.getId())).isEqualTo(1);

        // Tehran's staff do not see Markazi's course at all.
        assertThat(page(TestStaff.TEHRAN_PROVINCE, "/training")).doesNotContain(code.toUpperCase());
        MvcResult hidden = mvc.perform(get("/training/" + markazi.getId()).with(logins.as(TestStaff.TEHRAN_PROVINCE)))
                .andReturn();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(hidden.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("در حوزهٔ کاری شما نیست");
        assertThat(status(TestStaff.TEHRAN_PROVINCE, post("/training/" + markazi.getId() + "/versions/"
                + markaziDraft.getId() + "/lessons").param("kind", "TEXT").param("title", "x").param("body", "x")))
                .isEqualTo(404);
        assertThat(status(TestStaff.TEHRAN_PROVINCE, get("/training/" + markazi.getId() + "/figures"))).isEqualTo(404);

        // County staff read, and change nothing.
        assertThat(page(TestStaff.ARAK_COUNTY, "/training")).contains(code.toUpperCase());
        assertThat(status(TestStaff.ARAK_COUNTY, post("/training").param("code", unique("c")).param("title", "x")))
                .isEqualTo(403);
        assertThat(status(TestStaff.ARAK_COUNTY, post("/training/" + markazi.getId() + "/versions/"
                + markaziDraft.getId() + "/publish"))).isEqualTo(403);

        // The national admin may change Markazi's course; nobody may post without the CSRF token.
        assertThat(problem(TestStaff.NATIONAL, post("/training/" + markazi.getId() + "/versions/" + markaziDraft.getId()
                + "/lessons").param("kind", "TEXT").param("title", "درس ستاد").param("body", "متن"))).isNull();
        String nocsrf = unique("nocsrf");
        assertThat(mvc.perform(post("/training").with(logins.as(TestStaff.NATIONAL)).param("code", nocsrf)
                .param("title", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(courses.findByCode(nocsrf.toUpperCase())).isEmpty();
    }

    // ---- figures ----

    @Test
    void figuresAreCountedPerProvinceAndCountyWithinEachStaffMembersRegion() throws Exception {
        long courseId = publishedCourse(null, 100, "پرسش آسان", "پرسش دشوار");
        take(person("0001", "علی", "اراکی"), courseId, true, true);      // Arak: passed, 100
        take(person("0001", "رضا", "اراکی"), courseId, true, false);     // Arak: failed, 50
        Person saveh = person("0006", "مهدی", "ساوه‌ای");                 // Saveh: enrolled, no quiz yet
        tx.executeWithoutResult(s -> enrolments.enrol(persons.findById(saveh.getId()).orElseThrow(), courseId));
        take(person("2301", "سارا", "تهرانی"), courseId, false, true);   // Tehran: failed, 50

        String national = page(TestStaff.NATIONAL, "/training/" + courseId + "/figures");
        assertThat(national).contains("data-figure=\"enrolled\">۴<", "data-figure=\"passed\">۱<",
                "data-figure=\"inProgress\">۳<", "data-figure=\"averageScore\">۶۶٫۷<");
        String province = page(TestStaff.MARKAZI_PROVINCE, "/training/" + courseId + "/figures");
        assertThat(province).contains("data-figure=\"enrolled\">۳<", "data-figure=\"averageScore\">۷۵<",
                "اراک", "ساوه").doesNotContain("تهران");
        String county = page(TestStaff.ARAK_COUNTY, "/training/" + courseId + "/figures");
        assertThat(county).contains("data-figure=\"enrolled\">۲<", "اراک").doesNotContain("ساوه")
                .doesNotContain("class=\"by-province\"");

        // The spreadsheet holds the same figures for Markazi, as numbers.
        MvcResult file = mvc.perform(get("/training/" + courseId + "/figures.xlsx")
                .with(logins.as(TestStaff.MARKAZI_PROVINCE))).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet summary = book.getSheet("خلاصه");
            Row total = summary.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("مرکزی");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(3);   // enrolled
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2);   // in progress
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1);   // passed
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(75.0);

            Sheet byProvince = book.getSheet("به تفکیک استان");
            assertThat(byProvince.getLastRowNum()).isEqualTo(1);
            assertThat(byProvince.getRow(1).getCell(0).getStringCellValue()).isEqualTo("مرکزی");

            Sheet byCounty = book.getSheet("به تفکیک شهرستان");
            assertThat(byCounty.getLastRowNum()).isEqualTo(2);
            for (int r = 1; r <= 2; r++) {
                Row row = byCounty.getRow(r);
                String name = row.getCell(0).getStringCellValue();
                assertThat(name).isIn("اراک", "ساوه");
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(name.equals("اراک") ? 2 : 1);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(name.equals("اراک") ? 1 : 0);
            }

            // Hardest first: in Markazi the second question was answered right once in two.
            Sheet asked = book.getSheet("پرسش‌ها");
            assertThat(asked.getRow(1).getCell(1).getStringCellValue()).isEqualTo("پرسش دشوار");
            assertThat(asked.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(asked.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(asked.getRow(2).getCell(1).getStringCellValue()).isEqualTo("پرسش آسان");
            assertThat(asked.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    // ---- the public certificate check ----

    @Test
    void anyoneChecksACertificateByItsCodeAndSeesNothingPrivate() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        Person holder = person("0001", "فاطمه", "احمدی");
        Certificate certificate = take(holder, courseId, true).certificate();
        assertThat(certificate).isNotNull();

        String page = anonymous("/verify/certificate/" + certificate.getCode(), 200);
        assertThat(page).contains("این گواهی معتبر است", "فاطمه احمدی", "دورهٔ آزمایشی",
                JalaliDate.of(certificate.getIssuedAt(), JalaliDate.TEHRAN).formatLong(),
                PersianText.toPersianDigits(TrackingCode.display(certificate.getCode())));
        assertThat(page).doesNotContain(holder.getNationalCode(), holder.getMobile(),
                PersianText.toPersianDigits(holder.getNationalCode()));

        // As printed: Persian digits and dashes.
        anonymous("/verify/certificate/" + PersianText.toPersianDigits(TrackingCode.display(certificate.getCode())), 200);
        assertThat(anonymous("/verify/certificate/" + TrackingCode.generate(), 404)).contains("گواهی پیدا نشد");
        assertThat(anonymous("/verify/certificate/not-a-code", 404)).contains("گواهی پیدا نشد");

        revocation.revoke(certificate, TestStaff.NATIONAL, "داده شده به اشتباه");
        assertThat(anonymous("/verify/certificate/" + certificate.getCode(), 200)).contains("این گواهی باطل شده است");
    }

    // ---- archiving a course, revoking a certificate ----

    @Test
    void anArchivedCourseLeavesTheBotsListButNotThoseAlreadyTakingIt() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        Person started = person("0001", "نادر", "آغازگر");
        Person newcomer = person("0001", "ناصر", "تازه‌وارد");
        tx.executeWithoutResult(s -> enrolments.enrol(persons.findById(started.getId()).orElseThrow(), courseId));

        // County staff only read; provincial staff do not archive a national course.
        assertThat(status(TestStaff.ARAK_COUNTY, post("/training/" + courseId + "/archive"))).isEqualTo(403);
        assertThat(status(TestStaff.MARKAZI_PROVINCE, post("/training/" + courseId + "/archive"))).isEqualTo(403);
        assertThat(page(TestStaff.MARKAZI_PROVINCE, "/training/" + courseId)).doesNotContain("بایگانی دوره");

        MvcResult archived = perform(TestStaff.NATIONAL, post("/training/" + courseId + "/archive"));
        assertThat(archived.getFlashMap().get("notice")).isEqualTo("دوره بایگانی شد و دیگر در فهرست آموزش بات نیست.");
        assertThat(courses.findById(courseId).orElseThrow().isArchived()).isTrue();
        assertThat(coursesInTheBot(newcomer)).doesNotContain(courseId);
        assertThat(coursesInTheBot(started)).contains(courseId);
        assertThat(page(TestStaff.ARAK_COUNTY, "/training")).contains("(بایگانی‌شده)");
        assertThat(page(TestStaff.NATIONAL, "/training/" + courseId)).contains("بازگرداندن دوره به فهرست");

        perform(TestStaff.NATIONAL, post("/training/" + courseId + "/unarchive"));
        assertThat(coursesInTheBot(newcomer)).contains(courseId);
    }

    @Test
    void aRevocationsReasonIsRequiredAndLimitedButAWrongCodeIsNotFoundFirst() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        Certificate certificate = take(person("0001", "کیان", "دارنده"), courseId, true).certificate();
        String revoke = "/training/" + courseId + "/certificates/revoke";
        assertThat(problem(TestStaff.NATIONAL, post(revoke).param("code", "1234-5678-9012").param("reason", " ")))
                .contains("در این دوره پیدا نشد");
        MvcResult tooLong = perform(TestStaff.NATIONAL, post(revoke).param("code", certificate.getCode())
                .param("reason", "ب".repeat(501)));
        assertThat(tooLong.getFlashMap().get("problem")).isEqualTo(
                "متن بیش از اندازهٔ مجاز است (عنوان ۲۰۰، توضیح ۲۰۰۰، متن درس ۴۰۰۰، پرسش ۱۰۰۰ و هر گزینه ۳۰۰ نویسه).");
        assertThat(certificates.findById(certificate.getId()).orElseThrow().isValid()).isTrue();
    }

    @Test
    void theAuthorRevokesACertificateByItsPrintedCodeWithAReasonTheHolderIsTold() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        long otherCourse = publishedCourse(null, 50, "پرسش");
        Person holder = person("0001", "کامران", "دارنده");
        Certificate certificate = take(holder, courseId, true).certificate();
        Certificate elsewhere = take(person("0001", "کاوه", "دیگری"), otherCourse, true).certificate();
        String printed = PersianText.toPersianDigits(TrackingCode.display(certificate.getCode()));
        String revoke = "/training/" + courseId + "/certificates/revoke";

        assertThat(status(TestStaff.MARKAZI_PROVINCE, post(revoke).param("code", printed).param("reason", "خطا")))
                .isEqualTo(403);
        MvcResult noReason = perform(TestStaff.NATIONAL, post(revoke).param("code", printed).param("reason", " "));
        assertThat(noReason.getFlashMap().get("problem")).isEqualTo("دلیل باطل کردن گواهی را بنویسید؛ به دارندهٔ آن هم گفته می‌شود.");
        assertThat(noReason.getFlashMap().get("typedRevokeCode")).as("kept for the next try").isEqualTo(printed);
        // Another course's certificate, and a typo, are not found here.
        assertThat(problem(TestStaff.NATIONAL, post(revoke).param("code", elsewhere.getCode()).param("reason", "خطا")))
                .contains("در این دوره پیدا نشد");
        assertThat(problem(TestStaff.NATIONAL, post(revoke).param("code", "1234-5678-9012").param("reason", "خطا")))
                .contains("در این دوره پیدا نشد");
        assertThat(certificates.findById(certificate.getId()).orElseThrow().isValid()).isTrue();
        assertThat(certificates.findById(elsewhere.getId()).orElseThrow().isValid()).isTrue();

        MvcResult done = perform(TestStaff.NATIONAL, post(revoke).param("code", printed)
                .param("reason", "آزمون را کس دیگری به جای او داده است"));
        assertThat((String) done.getFlashMap().get("notice")).contains("کامران دارنده", printed, "باطل شد");
        Certificate revoked = certificates.findById(certificate.getId()).orElseThrow();
        assertThat(revoked.isValid()).isFalse();
        assertThat(revoked.getRevokedBy()).isEqualTo(TestStaff.NATIONAL);

        assertThat(page(TestStaff.NATIONAL, "/training/" + courseId)).contains("گواهی‌های باطل‌شدهٔ این دوره",
                printed, "کامران دارنده", "آزمون را کس دیگری به جای او داده است");
        // The public check says since when, and keeps the reason and the staff member to itself.
        String verified = anonymous("/verify/certificate/" + certificate.getCode(), 200);
        assertThat(verified).contains("این گواهی باطل شده است", "تاریخ ابطال",
                        JalaliDate.of(revoked.getRevokedAt(), JalaliDate.TEHRAN).formatLong())
                .doesNotContain("آزمون را کس دیگری", TestStaff.NATIONAL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE person_id = ? "
                + "AND kind = 'CERTIFICATE_REVOKED'", Integer.class, holder.getId()))
                .as("the holder has no chat in this test, so there is nobody to tell").isZero();
    }

    /** The ids of the courses the bot lists for the person. */
    private List<Long> coursesInTheBot(Person person) {
        return tx.execute(s -> enrolments.coursesOf(persons.findById(person.getId()).orElseThrow()).stream()
                .map(p -> p.course().getId()).toList());
    }

    // ---- mandatory courses in the guideline ----

    @Test
    void theGuidelinePageOffersPublishedNationalCoursesToMakeMandatory() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        String code = courses.findById(courseId).orElseThrow().getCode();
        assertThat(page(TestStaff.NATIONAL, "/guidelines")).contains("name=\"requiredCourses\" value=\"" + code + "\"");

        LocalDate day = JalaliDate.today(clock).toLocalDate().plusDays(4000 + Integer.parseInt(RandomPeople.digits(3)));
        perform(TestStaff.NATIONAL, post("/guidelines").param("minAge", "18").param("maxAge", "50")
                .param("minEducation", "DIPLOMA").param("maxKanoonsPerManager", "1")
                .param("requiredCourses", code, "old-101").param("trainingWithinDays", "90")
                .param("minMembersUrban", "20").param("minMembersRural", "10")
                .param("effectiveDate", JalaliDate.from(day).toString()));
        var saved = guidelines.findInForceAt(day.atStartOfDay(JalaliDate.TEHRAN).toInstant()).orElseThrow();
        assertThat(saved.getRequiredCourses()).containsExactlyInAnyOrder(code, "OLD-101");
        assertThat(saved.getTrainingWithinDays()).isEqualTo(90);
    }

    @Test
    void theRequestChecklistCountsACoursePassedInTheBotTowardsTheGuidelinesRequiredCourses() throws Exception {
        long courseId = publishedCourse(null, 50, "پرسش");
        String code = courses.findById(courseId).orElseThrow().getCode();
        GuidelineVersion requiring = tx.execute(s -> guidelines.save(GuidelineVersion.builder().ages(18, 60)
                .minEducation(Education.DIPLOMA).genderMustMatch(false).maxKanoonsPerManager(1)
                .requiredCourses(code).trainingWithinDays(90).minMembersUrban(20).minMembersRural(10)
                .effectiveFrom(clock.instant().plus(java.time.Duration.ofDays(20_000 + Integer.parseInt(RandomPeople.digits(4)))))
                .versionNumber(guidelines.findLatestVersionNumber().orElse(0) + 1)
                .createdBy("demo-national").createdAt(clock.instant()).build()));
        Person applicant = person("0001", "یوسف", "نادری");
        County arak = counties.findByCode("0001").orElseThrow();
        // A manager's registration: the eligibility checklist is shown where the applicant is judged (issue 12).
        long requestId = drafts.start(RequestType.MANAGER_REGISTRATION, applicant.getId(), arak.getProvince().getId(),
                arak.getId()).getId();
        tx.executeWithoutResult(s -> {
            Request request = requests.findById(requestId).orElseThrow();
            workflow.submit(request, Actor.person(applicant.getId(), ActorRole.APPLICANT));
        });
        // Judged by a guideline that requires the course (set directly: the one in force is another test's).
        jdbc.update("UPDATE request SET guideline_version_id = ? WHERE id = ?", requiring.getId(), requestId);

        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + requestId)).contains("هنوز نگذرانده است");
        take(applicant, courseId, true);
        assertThat(page(TestStaff.ARAK_COUNTY, "/requests/" + requestId))
                .contains("دوره‌های آموزشی اجباری").doesNotContain("هنوز نگذرانده است");
    }

    @Autowired
    RequestDrafts drafts;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    // ---- helpers ----

    /** A published course with one text lesson and the given questions, each with the first option correct. */
    private long publishedCourse(Long provinceId, int passMark, String... questionTexts) {
        return tx.execute(s -> {
            CourseVersion v = authoring.createCourse(unique("t"), provinceId, "دورهٔ آزمایشی", "demo-national");
            authoring.describe(v.getId(), "دورهٔ آزمایشی", null, passMark, 0);
            authoring.addLesson(v.getId(), LessonContent.text("درس", "متن درس"));
            for (String text : questionTexts) {
                authoring.addQuestion(v.getId(), new QuestionContent(text, List.of("درست", "نادرست"), 0));
            }
            authoring.publish(v.getId(), "demo-national");
            return v.getCourseId();
        });
    }

    /** The person enrols and answers the quiz: true for the right option of each question, in order. */
    private ir.kanoonyar.db.training.QuizOutcome take(Person person, long courseId, boolean... right) {
        return tx.execute(s -> {
            Enrolment enrolment = enrolments.enrol(persons.findById(person.getId()).orElseThrow(), courseId);
            QuizStep step = grading.start(enrolment.getId());
            for (boolean r : right) {
                QuizStep.Ask ask = (QuizStep.Ask) step;
                QuizOption chosen = ask.options().stream().filter(o -> o.isCorrect() == r).findFirst().orElseThrow();
                step = grading.answer(enrolment.getId(), ask.question().getId(), chosen.getId());
            }
            return ((QuizStep.Finished) step).outcome();
        });
    }

    private Person person(String countyCode, String first, String last) {
        County county = counties.findByCode(countyCode).orElseThrow();
        return tx.execute(s -> {
            Person p = new Person(clock.instant());
            p.register(new Person.Profile(RandomPeople.nationalCode(), first, last, "0912" + RandomPeople.digits(7),
                    LocalDate.of(1998, 3, 1), Gender.MALE, Education.DIPLOMA, "نشانی",
                    county.getProvince().getId(), county.getId()), clock.instant());
            return persons.save(p);
        });
    }

    private static String unique(String prefix) {
        return prefix + "-" + RandomPeople.digits(9);
    }

    /** Posts as a staff member (with the CSRF token) and expects the redirect every action answers with. */
    private MvcResult perform(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(302);
        return result;
    }

    /** The Persian problem an action reported, or null when it succeeded. */
    private String problem(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return (String) perform(who, request).getFlashMap().get("problem");
    }

    private int status(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(logins.as(who)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(String who, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(logins.as(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String anonymous(String url, int status) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
