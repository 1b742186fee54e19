package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.request.TimelineVerifier;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An establishment request with both consents signed in the bot by the imam and the head of
 * trustees, then returned by staff and fixed by the applicant.
 */
class EstablishmentEndToEndTest extends EndToEnd {

    /** The first bytes of a JPEG file: enough for the content check. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    static final Pattern CONSENT_LINK = Pattern.compile("https://t\\.me/kanoonyar_test_bot\\?start=c_([A-Za-z0-9_-]{43})");


    @Test
    void anEstablishmentGetsBothConsentsSignedAndWaitsForTheCountyReview() {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "حسین");
        Chat imam = Chat.newPerson(api);
        Chat trustee = Chat.newPerson(api);

        // Numbers nobody in the test database has yet: a number already held by a person with another
        // Telegram chat (an earlier run's imam) may not sign from a new chat.
        String imamMobile = newMobile();
        String trusteeMobile = newMobile();
        List<String> tokens = fileEstablishment(manager, imamMobile, trusteeMobile);
        assertThat(tokens).hasSize(2);

        // A link with one letter's case changed is another token: it opens nothing (V21's binary collation).
        imam.command("/start", "c_" + withOneLettersCaseChanged(tokens.get(0)), "پیوند امضا معتبر نیست");

        // The imam opens his link, shares his own number, reads the request and signs.
        imam.command("/start", "c_" + tokens.get(0), "امام جماعت");
        SentMessage summary = imam.sharesOwnContact(imamMobile, "آیا با این درخواست موافقید");
        assertThat(summary.text()).contains("مسجد جامع نور", "کانون فرهنگی هنری نور");
        SentMessage comment = imam.press(summary, "موافقم و امضا می‌کنم", "اگر توضیحی دارید");
        imam.press(comment, "بدون توضیح", "امضای شما ثبت شد");
        manager.awaitMessage("امام جماعت رضایت‌نامه‌ی درخواست");

        // The head of trustees first shares someone else's number, then his own, and signs with a comment.
        trustee.command("/start", "c_" + tokens.get(1), "رئیس هیئت امنا");
        trustee.sharesContactOf(imam.userId, imamMobile, "یکی نیست");
        trustee.sharesOwnContact("+98 " + trusteeMobile.substring(1), "آیا با این درخواست موافقید");
        SentMessage decide = api.awaitMessageTo(trustee.userId, Chat.textContains("آیا با این درخواست موافقید"),
                Chat.PATIENCE);
        trustee.press(decide, "موافقم و امضا می‌کنم", "اگر توضیحی دارید");
        trustee.says("با تشکیل کانون موافقم", "امضای شما ثبت شد");

        manager.awaitMessage("همه‌ی رضایت‌نامه‌های درخواست");
        Request request = latestRequestOf(nationalCode);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(bot.bean(TimelineVerifier.class).verify(request).intact()).isTrue();
        assertThat(bot.jdbc().queryForList("SELECT event_type FROM timeline_event WHERE request_id = ? ORDER BY seq",
                String.class, request.getId()))
                .containsExactly("SUBMITTED", "CONSENT_SIGNED", "CONSENT_SIGNED", "CONSENTS_COMPLETE");

        // The mosque's photo was fetched with getFile, checked and kept with the request.
        assertThat(bot.jdbc().queryForObject("SELECT content_type FROM attachment WHERE request_id = ?", String.class,
                request.getId())).isEqualTo("image/jpeg");
        // Its bytes are in the database, where every back-office instance reads them.
        assertThat(bot.jdbc().queryForObject("SELECT c.content FROM attachment_content c JOIN attachment a"
                + " ON a.id = c.attachment_id WHERE a.request_id = ?", byte[].class, request.getId())).isEqualTo(JPEG);

        // A used link is refused politely.
        imam.command("/start", "c_" + tokens.get(0), "قبلاً پاسخ داده شده");
    }

    @Test
    void aReturnedRequestIsFixedInTheBotByAnsweringOnlyTheNamedFields() {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "رضا");
        Request registration = latestRequestOf(nationalCode);
        // Staff return the registration, naming the address.
        bot.bean(TransactionTemplate.class).executeWithoutResult(s -> {
            Request r = bot.bean(RequestRepository.class).findById(registration.getId()).orElseThrow();
            bot.bean(RequestWorkflow.class).returnToApplicant(r, ReviewLevel.COUNTY,
                    new Actor("demo-county", ActorRole.COUNTY_STAFF), "نشانی کامل نیست؛ پلاک را بنویسید.",
                    List.of("address"));
        });

        // The applicant hears of it from the bot, with the reviewer's comment.
        assertThat(manager.awaitMessage("برای اصلاح برگردانده شد").text()).contains("نشانی کامل نیست");
        SentMessage list = manager.says("درخواست‌های من", "برگشت برای اصلاح");
        assertThat(list.text()).contains("نشانی کامل نیست");
        SentMessage question = manager.press(list, list.inlineButtonTexts().get(0), "نشانی محل سکونت");
        // Only the field staff named is asked again: question 1 of 1.
        assertThat(question.text()).contains("۱ از ۱").doesNotContain("نام خانوادگی");
        SentMessage summary = manager.says("اراک، خیابان امام، پلاک ۱۲", "خلاصه");
        manager.press(summary, "تأیید و ارسال", "درخواست اصلاح‌شده فرستاده شد");

        Request fixed = latestRequestOf(nationalCode);
        assertThat(fixed.getStatus()).isEqualTo(RequestStatus.COUNTY_REVIEW);
        assertThat(answer(fixed, "address")).isEqualTo("اراک، خیابان امام، پلاک 12");
        assertThat(answer(fixed, "first_name")).isEqualTo("رضا");
    }

    /** A mobile number nobody in the test database has yet. */
    static String newMobile() {
        return "0912" + RandomPeople.digits(7);
    }

    /** Files an establishment and returns the consent tokens from the links the bot gave. */
    static List<String> fileEstablishment(Chat manager, String imamMobile, String trusteeMobile) {
        answerUpToTheImam(manager);
        manager.says(imamMobile, "رئیس هیئت امنا");
        manager.says(trusteeMobile, "عکس");
        return sendPhotoAndConfirm(manager);
    }

    /** Answers an establishment's questions until the bot asks for the imam's number. */
    static SentMessage answerUpToTheImam(Chat manager) {
        SentMessage types = manager.says("درخواست جدید", "نوع درخواست");
        manager.press(types, "تأسیس کانون", "نام مسجد");
        manager.says("مسجد جامع نور", "نام استان");
        manager.says("مرکزی", "شهرستان");
        manager.says("اراک", "کدام شهر یا روستا");
        SentMessage rural = manager.says("اراک", "روستا");
        manager.press(rural, "خیر", "نشانی کامل مسجد");
        manager.says("اراک، میدان شهدا", "کد پستی");
        manager.says("۳۸۱۳۷۱۲۳۴۵", "موقعیت مکانی");
        SentMessage audience = manager.expectReply(api.shareLocation(manager.userId, 34.09, 49.69), "برادران");
        manager.press(audience, "برادران", "نام پیشنهادی");
        SentMessage areas = manager.says("کانون فرهنگی هنری نور", "محورهای فعالیت");
        SentMessage ticked = manager.press(areas, areas.inlineButtonTexts().get(0), "محورهای فعالیت");
        manager.press(ticked, "پایان انتخاب", "متر مربع");
        return manager.says("۱۲۰", "امام جماعت");
    }

    /** Sends the mosque's photo, confirms the summary and returns the consent tokens the bot gave. */
    static List<String> sendPhotoAndConfirm(Chat manager) {
        // A "photo" that is really something else is refused by its content; a real JPEG is kept.
        manager.expectReply(api.sendPhoto(manager.userId, "MZ not a picture".getBytes()), "عکس نیست");
        SentMessage summary = manager.expectReply(api.sendPhoto(manager.userId, JPEG), "خلاصه");
        manager.press(summary, "تأیید و ارسال", "فرستاده شد");
        SentMessage links = manager.awaitMessage("هر پیوند را برای شخص مربوط بفرستید");
        Matcher m = CONSENT_LINK.matcher(links.text());
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static String answer(Request request, String field) {
        return bot.jdbc().queryForObject("SELECT value_text FROM request_answer WHERE request_id = ? AND field_key = ?",
                String.class, request.getId(), field);
    }

    private static Request latestRequestOf(String nationalCode) {
        Long id = bot.jdbc().queryForObject("SELECT MAX(r.id) FROM request r JOIN person p ON p.id = r.applicant_person_id "
                + "WHERE p.national_code = ?", Long.class, nationalCode);
        return bot.bean(RequestRepository.class).findById(id).orElseThrow();
    }

    private static String withOneLettersCaseChanged(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                return token.substring(0, i) + other + token.substring(i + 1);
            }
        }
        throw new IllegalArgumentException("no letter in " + token);
    }
}
