package ir.kanoonyar.backoffice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.identity.Design;
import ir.kanoonyar.db.identity.Element;
import ir.kanoonyar.db.identity.IdentityTemplate;
import ir.kanoonyar.db.identity.IdentityTemplates;
import ir.kanoonyar.db.identity.Piece;
import ir.kanoonyar.db.identity.Placement;
import ir.kanoonyar.db.identity.SignPhotoRepository;
import ir.kanoonyar.db.identity.SignPhotoStatus;
import ir.kanoonyar.db.identity.SignPhotos;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.backoffice.StaffSignIn;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees and answers the photo of a kanoon's installed sign, and who downloads its kit, over HTTP on
 * MariaDB: the kanoon's county staff confirm; staff of another county get 404 for the page, the photo,
 * the answer and the kit; province staff and the national admin see it but may not answer. And the
 * national admin's page of the standard designs: a new version is published, a broken one is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignPhotosOnMariaDbTest extends ProductionShapeContract {

    private static final String PASSWORD = "sign-photo-test-password";

    @LocalServerPort
    int serverPort;
    @Autowired
    PersonRepository persons;
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
    AttachmentStore store;
    @Autowired
    SignPhotos signPhotos;
    @Autowired
    SignPhotoRepository photoRows;
    @Autowired
    IdentityTemplates templates;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    private static final String[] ACCOUNTS = {"sign-arak", "sign-tehran", "sign-markazi", "sign-national"};

    private String number;
    private long photoId;
    private long kanoonId;
    private long managerId;
    private long[] arakIds;
    private long[] tehranIds;

    @BeforeEach
    void aLicensedKanoonInArakWithAWaitingSignPhoto() throws Exception {
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        number = "00-1405-" + (100_000_000 + ThreadLocalRandom.current().nextInt(800_000_000));
        County arak = counties.findByCode("0001").orElseThrow();
        County tehran = counties.findByCode("2301").orElseThrow();
        long province = arak.getProvince().getId();
        long[] ids = new long[2];
        arakIds = new long[] {province, arak.getId()};
        tehranIds = new long[] {tehran.getProvince().getId(), tehran.getId()};
        tx.executeWithoutResult(s -> {
            Person manager = persons.save(new Person(Instant.now()));
            Mosque mosque = mosques.save(new Mosque("مسجد الغدیر", province, arak.getId(), "اراک", false,
                    Instant.now()));
            Kanoon kanoon = kanoons.save(new Kanoon("کانون فرهنگی هنری الغدیر", mosque.getId(), province,
                    arak.getId(), KanoonAudience.SISTERS, manager.getId(), today, Instant.now()));
            licences.save(new Licence(number, kanoon.getId(), null, today, today.plusYears(3), Instant.now()));
            ids[0] = kanoon.getId();
            ids[1] = manager.getId();
            chats.save(new PersonChat(manager.getId(), Channel.TELEGRAM,
                    600_000_000L + ThreadLocalRandom.current().nextInt(100_000_000), Instant.now()));
        });
        long attachment = store.keep(jpeg(), true, "sign_photo", "sign.jpg", null).attachment().getId();
        assertThat(signPhotos.received(ids[1], ids[0], attachment)).isInstanceOf(SignPhotos.Allowed.class);
        photoId = photoRows.findByKanoonIdAndStatus(ids[0], SignPhotoStatus.WAITING).get(0).getId();
        kanoonId = ids[0];
        managerId = ids[1];
    }

    @Test
    void anotherCountysStaffGetNotFoundForThePhotoItsAnswerAndTheKit() throws Exception {
        HttpClient tehran = signIn("sign-tehran");

        assertThat(get(tehran, "/sign-photos/" + photoId).statusCode()).isEqualTo(404);
        assertThat(get(tehran, "/sign-photos/" + photoId + "/image").statusCode()).isEqualTo(404);
        assertThat(get(tehran, "/sign-photos").body()).doesNotContain("کانون فرهنگی هنری الغدیر");
        assertThat(post(tehran, "/sign-photos/" + photoId + "/confirm", ticks()).statusCode()).isEqualTo(404);
        assertThat(post(tehran, "/sign-photos/" + photoId + "/fix", "reason=x").statusCode()).isEqualTo(404);
        assertThat(get(tehran, "/licences/" + number + "/identity/sign.pdf").statusCode()).isEqualTo(404);
        assertThat(post(tehran, "/licences/" + number + "/identity/send", "").statusCode()).isEqualTo(404);
        assertThat(status()).isEqualTo("WAITING");
    }

    @Test
    void theCountySendsTheKitToTheManagersChatWithTheSignPhotoButton() throws Exception {
        HttpClient arak = signIn("sign-arak");

        HttpResponse<String> sent = post(arak, "/licences/" + number + "/identity/send", "");
        assertThat(sent.statusCode()).isEqualTo(302);
        java.util.List<String> bodies = jdbc.queryForList("SELECT body FROM outbox_message WHERE person_id = ?"
                + " AND kind = 'IDENTITY_KIT' ORDER BY id", String.class, managerId);
        assertThat(bodies).hasSize(4);
        assertThat(bodies.get(0)).contains("\"kind\":\"PHOTO\"", "identity-sign-png:" + number);
        assertThat(bodies.get(3)).contains("identity-sign:" + number, "\"data\":\"*|sign:" + kanoonId + "\"",
                "ارسال عکس تابلوی نصب‌شده");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'IDENTITY_KIT_SENT'"
                + " AND target = ?", Integer.class, number)).isEqualTo(1);

        // A suspended licence has no kit.
        jdbc.update("UPDATE licence SET status = 'SUSPENDED' WHERE number = ?", number);
        assertThat(get(arak, "/licences/" + number + "/identity/sign.png").statusCode()).isEqualTo(404);
    }

    @Test
    void forgedIdsAreNotFound() throws Exception {
        HttpClient arak = signIn("sign-arak");

        assertThat(get(arak, "/sign-photos/abc").statusCode()).isEqualTo(404);
        assertThat(get(arak, "/sign-photos/999999999").statusCode()).isEqualTo(404);
        assertThat(get(arak, "/licences/00-1405-000000000/identity/sign.pdf").statusCode()).isEqualTo(404);
        assertThat(get(arak, "/licences/" + number + "/identity/poster.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void provinceStaffAndTheNationalAdminSeeThePhotoButOnlyTheCountyAnswers() throws Exception {
        for (String username : new String[] {"sign-markazi", "sign-national"}) {
            HttpClient reader = signIn(username);
            HttpResponse<String> page = get(reader, "/sign-photos/" + photoId);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("کانون فرهنگی هنری الغدیر", "پاسخ به این عکس با کارشناس شهرستان");
            HttpResponse<String> refused = post(reader, "/sign-photos/" + photoId + "/confirm", ticks());
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(status()).isEqualTo("WAITING");
        }
    }

    @Test
    void theCountyConfirmsAgainstTheWholeChecklistAndTheLicencesPageShowsTheSignConfirmed() throws Exception {
        HttpClient arak = signIn("sign-arak");
        assertThat(get(arak, "/sign-photos").body()).contains("کانون فرهنگی هنری الغدیر");
        HttpResponse<String> image = get(arak, "/sign-photos/" + photoId + "/image");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        HttpResponse<String> kit = get(arak, "/licences/" + number + "/identity/sign.pdf");
        assertThat(kit.statusCode()).isEqualTo(200);
        assertThat(kit.body()).startsWith("%PDF-");

        HttpResponse<String> halfTicked = post(arak, "/sign-photos/" + photoId + "/confirm",
                "logoVisible=true&nameCorrect=true");
        assertThat(halfTicked.statusCode()).isEqualTo(200);
        assertThat(halfTicked.body()).contains("همهٔ بندهای فهرست");
        assertThat(status()).isEqualTo("WAITING");

        HttpResponse<String> confirmed = post(arak, "/sign-photos/" + photoId + "/confirm", ticks());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SIGN_CONFIRMED'"
                + " AND actor = 'sign-arak' AND target = 'کانون فرهنگی هنری الغدیر'", Integer.class)).isPositive();
        assertThat(get(arak, "/licences?q=" + number).body()).contains("تأیید تابلو: "
                + JalaliDate.today(clock).formatLong());
        // Answered once: a second answer is refused and changes nothing.
        assertThat(post(arak, "/sign-photos/" + photoId + "/fix", "reason=" + enc("نشان پیدا نیست"))
                .statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("CONFIRMED");
    }

    @Test
    void askingForAFixNeedsAReason() throws Exception {
        HttpClient arak = signIn("sign-arak");

        HttpResponse<String> empty = post(arak, "/sign-photos/" + photoId + "/fix", "reason=");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("بنویسید چه چیزی باید اصلاح شود");
        assertThat(status()).isEqualTo("WAITING");

        assertThat(post(arak, "/sign-photos/" + photoId + "/fix", "reason=" + enc("تابلو کج نصب شده است"))
                .statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("FIX_ASKED");
        assertThat(photoRows.findById(photoId).orElseThrow().getFixReason()).isEqualTo("تابلو کج نصب شده است");
    }

    /** Made when a test signs in, not before each test: the contract's own tests must find none. */
    private void staff() {
        tx.executeWithoutResult(s -> {
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("sign-arak", passwords.encode(PASSWORD), "کارشناس اراک", arakIds[0],
                    arakIds[1], "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.county("sign-tehran", passwords.encode(PASSWORD), "کارشناس تهران",
                    tehranIds[0], tehranIds[1], "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.province("sign-markazi", passwords.encode(PASSWORD), "کارشناس استان", arakIds[0],
                    "test", clock.instant()));
            StaffSignIn.saveUnlessTaken(staffAccounts, StaffAccount.national("sign-national", passwords.encode(PASSWORD), "ستاد", "test",
                    clock.instant()));
        });
    }

    @AfterEach
    void removeTheStaffAccounts() {
        for (String username : ACCOUNTS) {
            jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        }
    }

    @Test
    void theNationalAdminPublishesANewVersionOfTheDesignsAndOthersMayNot() throws Exception {
        assertThat(get(signIn("sign-markazi"), "/identity/templates").statusCode()).isEqualTo(403);
        HttpClient national = signIn("sign-national");
        HttpResponse<String> page = get(national, "/identity/templates");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("تابلوی کانون", "کد QR استعلام مجوز");
        IdentityTemplate current = templates.current();

        HttpResponse<String> tooClose = post(national, "/identity/templates", form(current, "#0b6e4f", "#0c6f50"));
        assertThat(tooClose.statusCode()).isEqualTo(200);
        assertThat(tooClose.body()).contains("به هم نزدیک‌اند");
        HttpResponse<String> badColour = post(national, "/identity/templates", form(current, "green", "#ffffff"));
        assertThat(badColour.body()).contains("#rrggbb");
        assertThat(templates.current().getVersionNumber()).isEqualTo(current.getVersionNumber());

        HttpResponse<String> published = post(national, "/identity/templates", form(current, "#7a1f2b", "#ffffff"));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(templates.current().getVersionNumber()).isEqualTo(current.getVersionNumber() + 1);
        assertThat(templates.current().design(Piece.SIGN).getBackground()).isEqualTo("#7a1f2b");
    }

    /** The template form as the page posts it, from a version, with the sign's colours changed. */
    private static String form(IdentityTemplate template, String background, String ink) {
        StringBuilder form = new StringBuilder("note=" + enc("آزمون"));
        Piece[] pieces = Piece.values();
        for (int d = 0; d < pieces.length; d++) {
            Design design = template.design(pieces[d]);
            String prefix = "&designs%5B" + d + "%5D.";
            form.append(prefix).append("piece=").append(pieces[d].name())
                    .append(prefix).append("width=").append(design.getWidthMm())
                    .append(prefix).append("height=").append(design.getHeightMm())
                    .append(prefix).append("background=").append(enc(pieces[d] == Piece.SIGN ? background
                            : design.getBackground()))
                    .append(prefix).append("ink=").append(enc(pieces[d] == Piece.SIGN ? ink : design.getInk()));
            Element[] elements = Element.values();
            for (int e = 0; e < elements.length; e++) {
                Placement p = template.placement(pieces[d], elements[e]);
                String at = prefix + "placements%5B" + e + "%5D.";
                form.append(at).append("element=").append(elements[e].name())
                        .append(at).append("x=").append(p.getXMm())
                        .append(at).append("y=").append(p.getYMm())
                        .append(at).append("size=").append(p.getSizeMm());
            }
        }
        return form.toString();
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM sign_photo WHERE id = ?", String.class, photoId);
    }

    private static String ticks() {
        return "logoVisible=true&nameCorrect=true&readable=true&atEntrance=true";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /** A browser signed in as that staff member: the session cookie, and the CSRF token for its posts. */
    private HttpClient signIn(String username) throws Exception {
        staff();
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String body = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + enc(csrf(client, "/login"));
        HttpResponse<Void> login = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return client;
    }

    private String csrf(HttpClient client, String page) throws Exception {
        String html = get(client, page).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        String token = csrf(client, "/account/password");
        String body = form.isEmpty() ? "_csrf=" + enc(token) : form + "&_csrf=" + enc(token);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + serverPort + path);
    }
}
