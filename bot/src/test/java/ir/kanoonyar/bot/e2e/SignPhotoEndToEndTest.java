package ir.kanoonyar.bot.e2e;

import static ir.kanoonyar.bot.e2e.LicenceDeliveryEndToEndTest.establishmentAtProvinceReview;
import static ir.kanoonyar.bot.e2e.LicenceDeliveryEndToEndTest.inTx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import org.junit.jupiter.api.Test;

/**
 * The visual identity kit reaches the manager with the licence, and the photo of the installed sign
 * comes back through «ارسال عکس تابلوی نصب‌شده», through the real TelegramBots client and the fake Bot API.
 */
class SignPhotoEndToEndTest extends EndToEnd {

    private static final String BUTTON = "ارسال عکس تابلوی نصب‌شده";

    @Test
    void theManagerGetsTheKitAndSendsBackThePhotoOfTheInstalledSign() throws Exception {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "زهرا");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);
        Long requestId = establishmentAtProvinceReview(personId);
        inTx(requestId, r -> bot.bean(RequestWorkflow.class).approve(r, ReviewLevel.PROVINCE,
                new Actor("demo-province", ActorRole.PROVINCE_STAFF), "تأیید شد"));
        Licence licence = bot.bean(LicenceRepository.class).findFirstByRequestIdOrderByIdAsc(requestId).orElseThrow();

        // The sign's preview as a photo, then the printable PDFs; the sign's carries the button.
        SentMessage preview = api.awaitMessageTo(manager.userId, m -> m.method().equals("sendPhoto"), Chat.PATIENCE);
        assertThat(preview.caption()).contains("هویت بصری", "کانون فرهنگی هنری ریحانه");
        assertThat(ImageIO.read(new ByteArrayInputStream(preview.fileBytes())).getWidth()).isGreaterThan(1000);
        SentMessage sign = api.awaitMessageTo(manager.userId, m -> m.method().equals("sendDocument")
                && ("sign-" + licence.getNumber() + ".pdf").equals(m.fileName()), Chat.PATIENCE);
        assertThat(new String(sign.fileBytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sign.inlineButtonTexts()).containsExactly(BUTTON);
        api.awaitMessageTo(manager.userId, m -> ("banner-" + licence.getNumber() + ".pdf").equals(m.fileName()),
                Chat.PATIENCE);
        api.awaitMessageTo(manager.userId, m -> ("letterhead-" + licence.getNumber() + ".pdf").equals(m.fileName()),
                Chat.PATIENCE);

        // The button works although other keyboards were shown since (it is sent from the outbox).
        manager.command("menu", "");
        manager.press(sign, BUTTON, "عکس تابلوی نصب‌شده");
        manager.says("تابلو نصب شد", "فقط عکس تابلو");
        manager.expectReply(api.sendDocument(manager.userId, "sign.pdf", "application/pdf",
                "%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)), "عکس نیست");
        manager.expectReply(api.sendPhoto(manager.userId, "MZ not a picture".getBytes(StandardCharsets.US_ASCII)),
                "عکس نیست");
        manager.expectReply(api.sendPhoto(manager.userId, EstablishmentEndToEndTest.JPEG), "برای کارشناس شهرستان");

        Long kanoonId = licence.getKanoonId();
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM sign_photo WHERE kanoon_id = ? AND status = 'WAITING'"
                + " AND sent_by_person_id = ?", Integer.class, kanoonId, personId)).isEqualTo(1);

        // Restart mid-flow: the state is kept, a photo after /start is not taken without the button again.
        manager.press(sign, BUTTON, "عکس تابلوی نصب‌شده");
        manager.command("start", "");
        manager.expectReply(api.sendPhoto(manager.userId, EstablishmentEndToEndTest.JPEG), "");
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM sign_photo WHERE kanoon_id = ?", Integer.class,
                kanoonId)).isEqualTo(1);
    }

    @Test
    void aForgedKanoonInTheButtonIsRefused() {
        Chat stranger = Chat.newPerson(api);
        Managers.register(stranger, "علی");
        Long anyKanoon = bot.jdbc().queryForObject("SELECT MIN(id) FROM kanoon", Long.class);
        long kanoonId = anyKanoon == null ? 1 : anyKanoon;
        stranger.expectReply(api.pressButton(stranger.userId, 1, "*|sign:" + kanoonId), "شما مدیر این کانون نیستید");
        stranger.expectReply(api.pressButton(stranger.userId, 1, "*|sign:999999999"), "شما مدیر این کانون نیستید");
        // Only the sign button is lasting: any other kind with "*" is a stale button.
        stranger.expectReply(api.pressButton(stranger.userId, 1, "*|withdraw:1"), "");
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM sign_photo s JOIN person p ON p.id ="
                + " s.sent_by_person_id JOIN person_chat c ON c.person_id = p.id WHERE c.chat_id = ?", Integer.class,
                stranger.userId)).isZero();
    }
}
