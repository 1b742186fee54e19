package ir.kanoonyar.backoffice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.security.StaffPrincipal;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KbAnswerRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.AttachmentRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A knowledge-base answer's file on MariaDB: uploaded with the answer (PDF or picture, by its bytes),
 * refused in Persian when empty, too large or of another type (and then nothing is written), downloaded
 * by staff who see the answer and a 404 for everyone else, replaced and removed (the old file deleted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@Import(CleanSchemaFirst.class)
class KnowledgeFilesOnMariaDbTest {

    /** The limit these tests set, so that a "too large" file stays small. */
    private static final int LIMIT = 4096;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
        registry.add("kanoonyar.knowledge.max-file-bytes", () -> Integer.toString(LIMIT));
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    CountyRepository counties;
    @Autowired
    KbAnswerRepository answers;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void provinceStaffAttachAPdfThatOnlyStaffSeeingTheAnswerDownload() throws Exception {
        String title = title();
        MvcResult saved = mvc.perform(form("/knowledge", "kf-markazi", title,
                new MockMultipartFile("file", "../راهنما.exe", "application/x-msdownload", PDF))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/knowledge");
        KbAnswer answer = byTitle(title);
        assertThat(answer.getAttachmentId()).isNotNull();
        // Kept under what the bytes are, never the name or type the browser claimed.
        var kept = attachments.findById(answer.getAttachmentId()).orElseThrow();
        assertThat(kept.getContentType()).isEqualTo("application/pdf");
        assertThat(kept.getFileName()).isEqualTo("راهنما.pdf");

        MvcResult download = mvc.perform(get("/knowledge/" + answer.getId() + "/file")
                .with(as("kf-markazi"))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(status("kf-national", "/knowledge/" + answer.getId() + "/file")).isEqualTo(200);
        assertThat(status("kf-tehran", "/knowledge/" + answer.getId() + "/file")).isEqualTo(404);
        assertThat(status("kf-arak", "/knowledge/" + answer.getId() + "/file")).isEqualTo(404);
        for (String forged : List.of("abc", "99999999999999999999999", "999999999")) {
            assertThat(status("kf-markazi", "/knowledge/" + forged + "/file")).as(forged).isEqualTo(404);
        }
        // Another province cannot replace it either: "not found", and the file stays.
        MvcResult foreign = mvc.perform(form("/knowledge/" + answer.getId(), "kf-tehran", title,
                new MockMultipartFile("file", "x.png", "image/png", PNG))).andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(404);
        assertThat(answers.findById(answer.getId()).orElseThrow().getAttachmentId())
                .isEqualTo(answer.getAttachmentId());
        assertThat(mvc.perform(get("/knowledge").with(as("kf-markazi"))).andReturn()
                .getResponse().getContentAsString()).contains("/knowledge/" + answer.getId() + "/file");
    }

    @Test
    void anEmptyATooLargeOrAnotherKindOfFileIsRefusedInPersianAndNothingIsWritten() throws Exception {
        byte[] large = Arrays.copyOf(PDF, LIMIT + 1);
        byte[] program = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        long before = attachments.count();
        for (var refused : List.of(
                new Object[] {new MockMultipartFile("file", "خالی.pdf", "application/pdf", new byte[0]), "FILE_EMPTY"},
                new Object[] {new MockMultipartFile("file", "بزرگ.pdf", "application/pdf", large), "FILE_TOO_LARGE"},
                new Object[] {new MockMultipartFile("file", "setup.pdf", "application/pdf", program), "FILE_TYPE"},
                new Object[] {new MockMultipartFile("file", "page.png", "image/png", html), "FILE_TYPE"})) {
            String title = title();
            MvcResult page = mvc.perform(form("/knowledge", "kf-markazi", title,
                    (MockMultipartFile) refused[0])).andReturn();
            assertThat(page.getResponse().getStatus()).as((String) refused[1]).isEqualTo(200);
            assertThat(page.getResponse().getContentAsString()).as((String) refused[1])
                    .contains(text("knowledge.refused." + refused[1]));
            assertThat(answers.findAll()).extracting(KbAnswer::getTitle).doesNotContain(title);
        }
        assertThat(attachments.count()).isEqualTo(before);
    }

    @Test
    void aFileIsReplacedAndRemovedAndTheOldOneIsDeleted() throws Exception {
        String title = title();
        mvc.perform(form("/knowledge", "kf-national", title,
                new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))).andReturn();
        KbAnswer answer = byTitle(title);
        Long first = answer.getAttachmentId();
        assertThat(answer.getProvinceId()).isNull();
        // A province's staff download a national answer's file but cannot change it.
        assertThat(status("kf-tehran", "/knowledge/" + answer.getId() + "/file")).isEqualTo(200);
        assertThat(mvc.perform(form("/knowledge/" + answer.getId(), "kf-tehran", title, null)
                .param("removeFile", "true")).andReturn().getResponse().getStatus()).isEqualTo(404);

        // The edit page names the file; a new one replaces it.
        assertThat(mvc.perform(get("/knowledge/" + answer.getId() + "/edit").with(as("kf-national")))
                .andReturn().getResponse().getContentAsString()).contains("a.pdf", text("knowledge.file.remove"));
        mvc.perform(form("/knowledge/" + answer.getId(), "kf-national", title,
                new MockMultipartFile("file", "b.png", "image/png", PNG))).andReturn();
        Long second = answers.findById(answer.getId()).orElseThrow().getAttachmentId();
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(attachments.existsById(first)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_content WHERE attachment_id = ?",
                Integer.class, first)).isZero();

        // Changing the text alone keeps the file; «حذف فایل» removes it.
        mvc.perform(form("/knowledge/" + answer.getId(), "kf-national", title, null)).andReturn();
        assertThat(answers.findById(answer.getId()).orElseThrow().getAttachmentId()).isEqualTo(second);
        mvc.perform(form("/knowledge/" + answer.getId(), "kf-national", title, null)
                .param("removeFile", "true")).andReturn();
        assertThat(answers.findById(answer.getId()).orElseThrow().getAttachmentId()).isNull();
        assertThat(attachments.existsById(second)).isFalse();
        assertThat(status("kf-national", "/knowledge/" + answer.getId() + "/file")).isEqualTo(404);
    }

    private MockMultipartHttpServletRequestBuilder form(String path, String who, String title,
                                                       MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder form = multipart(path);
        if (file != null) {
            form.file(file);
        }
        form.param("title", title).param("body", "متن پاسخ آزمون").param("tags", "آزمون");
        form.with(as(who)).with(csrf());
        return form;
    }

    /** Signs in as one of four staff members (saved once: answers name the account that wrote them). */
    private RequestPostProcessor as(String who) {
        County arak = counties.findByCode("0001").orElseThrow();
        County tehran = counties.findByCode("2301").orElseThrow();
        StaffAccount account = staffAccounts.findByUsername(who).orElseGet(() -> staffAccounts.save(switch (who) {
            case "kf-arak" -> StaffAccount.county(who, "x", "کارشناس اراک", arak.getProvince().getId(), arak.getId(),
                    "test", java.time.Instant.now());
            case "kf-markazi" -> StaffAccount.province(who, "x", "کارشناس مرکزی", arak.getProvince().getId(), "test",
                    java.time.Instant.now());
            case "kf-tehran" -> StaffAccount.province(who, "x", "کارشناس تهران", tehran.getProvince().getId(), "test",
                    java.time.Instant.now());
            default -> StaffAccount.national(who, "x", "ستاد", "test", java.time.Instant.now());
        }));
        return SecurityMockMvcRequestPostProcessors.user(new StaffPrincipal(new StaffScope(account.getId(), who,
                account.getDisplayName(), account.getRole(), account.getProvinceId(), account.getCountyId()), "", true,
                false));
    }

    private int status(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andReturn().getResponse().getStatus();
    }

    private KbAnswer byTitle(String title) {
        return answers.findAll().stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static String title() {
        return "پرسش آزمون فایل " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
