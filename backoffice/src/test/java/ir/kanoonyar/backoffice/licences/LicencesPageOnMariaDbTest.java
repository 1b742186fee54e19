package ir.kanoonyar.backoffice.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.backoffice.StaffBrowser;
import ir.kanoonyar.backoffice.StaffSignIn;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.LicenceNumber;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The licences page on MariaDB over HTTP: who sees which licence (county, province, national,
 * another province), suspend and revoke with their refusals, the manager's notice, the .xlsx export
 * read back with POI, and the public check's digit variants and form. Shares the production-shape
 * context of the other MariaDB back-office tests; the staff accounts it makes are removed after each
 * test, so the contract's "no demo accounts" holds whatever the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LicencesPageOnMariaDbTest extends ProductionShapeContract {

    private static final String PASSWORD = "licences-page-password";
    private static final List<String> ACCOUNTS = List.of("lp-arak", "lp-markazi", "lp-national", "lp-tehran");

    private final StaffSignIn staff = new StaffSignIn(() -> this.serverPort, PASSWORD, this::fourStaff);

    @LocalServerPort
    int serverPort;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    LicenceRepository licences;
    @Autowired
    CountyRepository counties;
    @Autowired
    StaffAccountRepository staffAccounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    private County arak;
    private County tehran;
    private Long managerId;
    private Licence arakLicence;
    private Licence tehranLicence;

    @BeforeEach
    void twoKanoonsInTwoProvinces() {
        arak = counties.findByCode("0001").orElseThrow();
        tehran = counties.findByCode("2301").orElseThrow();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        tx.executeWithoutResult(s -> {
            Person manager = persons.save(new Person(Instant.now()));
            manager.register(new Person.Profile(null, "مریم", "کاظمی" + tag, null, LocalDate.of(1995, 1, 1),
                    ir.kanoonyar.db.person.Gender.FEMALE, ir.kanoonyar.db.person.Education.DIPLOMA, "اراک",
                    arak.getProvince().getId(), arak.getId()), Instant.now());
            managerId = manager.getId();
            chats.save(new PersonChat(managerId, Channel.TELEGRAM, 700_000_000L + Long.parseLong(tag), Instant.now()));
            arakLicence = licenceOf("کانون آزمون اراک " + tag, arak, managerId);
            tehranLicence = licenceOf("کانون آزمون تهران " + tag, tehran, null);
        });
    }

    /** Made when a test signs in, not before each test: the contract's own tests must find none. */
    private void fourStaff() {
        tx.executeWithoutResult(s -> {
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("lp-arak", passwords.encode(PASSWORD), "شهرستان اراک",
                    arak.getProvince().getId(), arak.getId(), "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("lp-markazi", passwords.encode(PASSWORD), "استان مرکزی",
                    arak.getProvince().getId(), "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.national("lp-national", passwords.encode(PASSWORD), "کشوری", "test",
                    clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("lp-tehran", passwords.encode(PASSWORD), "استان تهران",
                    tehran.getProvince().getId(), "test", clock.instant()));
        });
    }

    @AfterEach
    void removeTheStaffAccounts() {
        for (String username : ACCOUNTS) {
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
    }

    @Test
    void eachStaffMemberSeesOnlyTheLicencesOfTheirRegion() throws Exception {
        String both = "/licences?q=" + url("کانون آزمون");
        assertThat(listed("lp-arak", both)).contains(row(arakLicence)).doesNotContain(row(tehranLicence));
        assertThat(listed("lp-markazi", both)).contains(row(arakLicence))
                .doesNotContain(row(tehranLicence));
        assertThat(listed("lp-national", "/licences?q=" + digitsOf(tehranLicence)))
                .contains(row(tehranLicence));
        assertThat(listed("lp-national", "/licences?q=" + digitsOf(arakLicence)))
                .contains(row(arakLicence));
        // Another province's staff: not by number, nor by asking for Arak's county in the address.
        assertThat(listed("lp-tehran", "/licences?q=" + arakLicence.getNumber() + "&county=" + arak.getId()))
                .doesNotContain(row(arakLicence));
        assertThat(listed("lp-tehran", both)).contains(row(tehranLicence))
                .doesNotContain(row(arakLicence));
    }

    @Test
    void searchAcceptsTheNumberInPersianDigitsWithoutDashesAndTheManagersName() throws Exception {
        String persian = PersianText.toPersianDigits(digitsOf(arakLicence));
        assertThat(listed("lp-markazi", "/licences?q=" + url(persian))).contains(row(arakLicence));
        String surname = persons.findById(managerId).orElseThrow().fullName().split(" ")[1];
        assertThat(listed("lp-markazi", "/licences?q=" + url(surname))).contains(row(arakLicence));
        assertThat(listed("lp-markazi", "/licences?status=REVOKED&q=" + url(surname)))
                .doesNotContain(row(arakLicence));
    }

    @Test
    void countyStaffAndAnotherProvinceAreRefusedInPersianAndNothingChanges() throws Exception {
        StaffBrowser county = staff.as("lp-arak");
        assertThat(refusal(county, "/licences/" + arakLicence.getId() + "/suspend", "تخلف"))
                .contains("فقط با کارشناس استان یا مدیر کشوری");
        StaffBrowser otherProvince = staff.as("lp-tehran");
        assertThat(refusal(otherProvince, "/licences/" + arakLicence.getId() + "/revoke", "تخلف"))
                .contains("پیدا نشد یا در حوزه‌ی شما نیست");
        // Forged ids: not a number, too long a number, one that does not exist.
        for (String forged : List.of("abc", "99999999999999999999999", "999999999", "1%20OR%201=1")) {
            assertThat(refusal(otherProvince, "/licences/" + forged + "/suspend", "تخلف"))
                    .contains("پیدا نشد یا در حوزه‌ی شما نیست");
        }
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus()).isEqualTo(LicenceStatus.VALID);
    }

    @Test
    void whoMayActIsAnsweredBeforeTheReason() throws Exception {
        // A refused reason must not tell county staff or a forged id more than "not allowed" / "not found".
        assertThat(refusal(staff.as("lp-arak"), "/licences/" + arakLicence.getId() + "/suspend", ""))
                .contains("فقط با کارشناس استان یا مدیر کشوری");
        assertThat(refusal(staff.as("lp-tehran"), "/licences/" + arakLicence.getId() + "/revoke", "ب".repeat(501)))
                .contains("پیدا نشد یا در حوزه‌ی شما نیست");
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus()).isEqualTo(LicenceStatus.VALID);
    }

    @Test
    void aReasonIsRequiredAndLimited() throws Exception {
        StaffBrowser province = staff.as("lp-markazi");
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/suspend", "  "))
                .contains("دلیل تعلیق یا لغو را بنویسید");
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/suspend", "ب".repeat(501)))
                .contains("بیش از ۵۰۰ نویسه");
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus()).isEqualTo(LicenceStatus.VALID);
    }

    @Test
    void provinceStaffSuspendThenRevokeTheManagerIsToldAndThePublicCheckShowsIt() throws Exception {
        StaffBrowser province = staff.as("lp-markazi");
        HttpResponse<Void> suspended = province.post("/licences", "/licences/" + arakLicence.getId() + "/suspend",
                Map.of("reason", "گزارش فعالیت دو فصل نرسیده است"));
        assertThat(suspended.statusCode()).isEqualTo(302);
        assertThat(province.page(suspended.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body()).contains("تعلیق شد");

        Licence after = licences.findById(arakLicence.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(after.getStatusReason()).isEqualTo("گزارش فعالیت دو فصل نرسیده است");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LICENCE_SUSPENDED'"
                + " AND target = ? AND actor = 'lp-markazi'", Integer.class, arakLicence.getNumber())).isOne();
        assertThat(jdbc.queryForObject("SELECT body FROM outbox_message WHERE person_id = ? AND kind = 'LICENCE_CHANGED'",
                String.class, managerId)).contains("تعلیق شد", "گزارش فعالیت دو فصل نرسیده است",
                PersianText.toPersianDigits(arakLicence.getNumber()));

        String today = JalaliDate.today(clock).formatLong();
        String check = anonymous("/verify/" + arakLicence.getNumber());
        assertThat(check).contains("این مجوز تعلیق شده است", today).doesNotContain("این مجوز معتبر است")
                .doesNotContain("گزارش فعالیت");
        assertThat(listed("lp-markazi", "/licences?status=SUSPENDED&q=" + digitsOf(arakLicence)))
                .contains(row(arakLicence));

        // Suspending twice is refused; revoking a suspended licence is allowed.
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/suspend", "دوباره"))
                .contains("پیش‌تر تعلیق شده است");
        province.post("/licences", "/licences/" + arakLicence.getId() + "/revoke", Map.of("reason", "تعطیل شد"));
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(anonymous("/verify/" + arakLicence.getNumber())).contains("این مجوز لغو شده است", today);
    }

    @Test
    void provinceStaffLiftASuspensionWithAReasonTheManagerIsToldAndThePublicCheckSaysValid() throws Exception {
        StaffBrowser province = staff.as("lp-markazi");
        // A valid licence has no suspension to lift.
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/lift", "اشتباه"))
                .contains("تعلیق نشده است");
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/suspend", "بازرسی")).contains("تعلیق شد");
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus())
                .isEqualTo(LicenceStatus.SUSPENDED);
        // County staff and another province may not lift it; a lift needs a reason.
        assertThat(refusal(staff.as("lp-arak"), "/licences/" + arakLicence.getId() + "/lift", "رفع"))
                .contains("فقط با کارشناس استان یا مدیر کشوری");
        assertThat(refusal(staff.as("lp-tehran"), "/licences/" + arakLicence.getId() + "/lift", "رفع"))
                .contains("پیدا نشد یا در حوزه‌ی شما نیست");
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/lift", " "))
                .contains("دلیل تعلیق یا لغو را بنویسید");
        assertThat(licences.findById(arakLicence.getId()).orElseThrow().getStatus())
                .isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(listed("lp-markazi", "/licences?q=" + digitsOf(arakLicence))).contains("رفع تعلیق");

        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/lift", "گزارش‌ها رسید"))
                .contains("تعلیق پروانه‌ی", "برداشته شد");
        Licence after = licences.findById(arakLicence.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(LicenceStatus.VALID);
        assertThat(after.getStatusReason()).isNull();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE action = 'LICENCE_SUSPENSION_LIFTED'"
                + " AND target = ? AND actor = 'lp-markazi'", String.class, arakLicence.getNumber()))
                .isEqualTo("گزارش‌ها رسید");
        assertThat(jdbc.queryForList("SELECT body FROM outbox_message WHERE person_id = ? AND kind = 'LICENCE_CHANGED'"
                + " ORDER BY id", String.class, managerId)).hasSize(2).last().asString()
                .contains("برداشته شد", "گزارش‌ها رسید", PersianText.toPersianDigits(arakLicence.getNumber()));
        assertThat(anonymous("/verify/" + arakLicence.getNumber())).contains("این مجوز معتبر است");
        // Lifted once, it cannot be lifted again.
        assertThat(refusal(province, "/licences/" + arakLicence.getId() + "/lift", "دوباره"))
                .contains("تعلیق نشده است");
    }

    @Test
    void theExportHoldsTheLicencesOfTheFilterReadBackWithPoi() throws Exception {
        StaffBrowser national = staff.as("lp-national");
        HttpResponse<byte[]> file = national.file("/licences.xlsx?q=" + url("کانون آزمون"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("licences.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("شماره‌ی پروانه");
            List<String> numbers = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    numbers.add(row.getCell(0).getStringCellValue());
                    if (row.getCell(0).getStringCellValue().equals(arakLicence.getNumber())) {
                        assertThat(row.getCell(1).getStringCellValue()).isIn("معتبر", "تعلیق‌شده", "لغوشده");
                        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("مرکزی");
                    }
                }
            }
            assertThat(numbers).contains(arakLicence.getNumber(), tehranLicence.getNumber());
        }
        // The province's export stops at its border, whatever the filter asks.
        StaffBrowser markazi = staff.as("lp-markazi");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(markazi.file("/licences.xlsx?province="
                + tehran.getProvince().getId() + "&q=" + url("کانون آزمون")).body()))) {
            for (Row row : book.getSheetAt(0)) {
                assertThat(row.getCell(0).getStringCellValue()).isNotEqualTo(tehranLicence.getNumber());
            }
        }
    }

    @Test
    void thePublicCheckAcceptsPersianAndArabicDigitsDashesAndSpaces() throws Exception {
        String number = tehranLicence.getNumber();
        String persian = PersianText.toPersianDigits(number);
        String arabic = arabicDigits(number);
        for (String typed : List.of(number, persian, arabic, number.replace("-", ""), persian.replace("-", " "),
                arabic.replace("-", "\u2010"))) {
            assertThat(anonymous("/verify/" + url(typed).replace("+", "%20"))).as(typed)
                    .contains("این مجوز معتبر است", "کانون آزمون تهران");
        }
        // The same through the small form at /verify.
        assertThat(anonymous("/verify")).contains("name=\"number\"", "استعلام");
        assertThat(anonymous("/verify?number=" + url(persian))).contains("این مجوز معتبر است");
        assertThat(anonymous("/verify?number=" + url("۱۲۳"))).contains("درستی نیست");
    }

    private Licence licenceOf(String name, County county, Long manager) {
        Long province = county.getProvince().getId();
        String provinceCode = jdbc.queryForObject("SELECT code FROM province WHERE id = ?", String.class, province);
        Mosque mosque = mosques.save(new Mosque("مسجد " + name, province, county.getId(), county.getName(), false,
                Instant.now()));
        Kanoon kanoon = kanoons.save(new Kanoon(name, mosque.getId(), province, county.getId(),
                KanoonAudience.SISTERS, manager, LocalDate.now(), Instant.now()));
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        return licences.save(new Licence(LicenceNumber.generate(provinceCode, JalaliDate.from(today).year()),
                kanoon.getId(), null, today, today.plusYears(3).minusDays(1), Instant.now()));
    }



    private String listed(String username, String path) throws Exception {
        HttpResponse<String> page = staff.as(username).page(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** Posts a stop and returns the page it leads to: a Persian refusal, never a 500. */
    private static String refusal(StaffBrowser browser, String path, String reason) throws Exception {
        HttpResponse<Void> answer = browser.post("/licences", path, Map.of("reason", reason));
        assertThat(answer.statusCode()).as(path).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> page = browser.page(location);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private String anonymous(String path) throws Exception {
        return new StaffBrowser(serverPort).page(path).body();
    }

    /** A licence's row on the page (the search box may echo its number, the row is what counts). */
    private static String row(Licence licence) {
        return "data-number=\"" + licence.getNumber() + "\"";
    }

    private static String digitsOf(Licence licence) {
        return licence.getNumber().replace("-", "");
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String arabicDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
