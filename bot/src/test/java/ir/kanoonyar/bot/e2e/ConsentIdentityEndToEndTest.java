package ir.kanoonyar.bot.e2e;

import static ir.kanoonyar.bot.e2e.EstablishmentEndToEndTest.answerUpToTheImam;
import static ir.kanoonyar.bot.e2e.EstablishmentEndToEndTest.fileEstablishment;
import static ir.kanoonyar.bot.e2e.EstablishmentEndToEndTest.newMobile;
import static ir.kanoonyar.bot.e2e.EstablishmentEndToEndTest.sendPhotoAndConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Who may sign a consent. The Bot API here is the fake one, so a contact can claim any number as the
 * sender's own, as the chat simulator once let anyone do: the bot must still never hand a chat an
 * existing person whose chat is another, and the imam, the head of trustees and the applicant must be
 * three different people, in the form and at signing. A signer's comment is held to its column.
 */
class ConsentIdentityEndToEndTest extends EndToEnd {

    @Test
    void aNewChatClaimingARegisteredPersonsNumberIsRefusedAndSeesNothingOfTheirs() {
        Chat victim = Chat.newPerson(api);
        String victimCode = Managers.register(victim, "مریم");
        String victimMobile = mobileOf(victimCode);
        String victimTracking = bot.jdbc().queryForObject("SELECT r.tracking_code FROM request r JOIN person p "
                + "ON p.id = r.applicant_person_id WHERE p.national_code = ?", String.class, victimCode);

        // The attacker files a request naming the victim's number as the imam's...
        Chat attacker = Chat.newPerson(api);
        Managers.register(attacker, "کاوه");
        List<String> tokens = fileEstablishment(attacker, victimMobile, newMobile());
        // ...and opens the link from a fresh account, claiming the victim's number as their own.
        Chat impostor = Chat.newPerson(api);
        impostor.command("/start", "c_" + tokens.get(0), "امام جماعت");
        SentMessage refusal = impostor.sharesOwnContact(victimMobile, "به حساب دیگری وصل است");
        assertThat(refusal.text()).doesNotContain(victimCode, "مریم");

        // Nothing changed: the chat belongs to nobody, the victim keeps one chat, the consent waits.
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM person_chat WHERE chat_id = ?", Integer.class,
                impostor.userId)).isZero();
        assertThat(bot.jdbc().queryForList("SELECT c.chat_id FROM person_chat c JOIN person p ON p.id = c.person_id "
                + "WHERE p.national_code = ?", Long.class, victimCode)).containsExactly(victim.userId);
        assertThat(consent(tokens.get(0))).containsEntry("status", "PENDING").containsEntry("signer_person_id", null);

        // The impostor's chat sees none of the victim's requests.
        impostor.says("درخواست‌های من", "هنوز درخواستی ثبت نکرده‌اید");
        assertThat(api.messagesTo(impostor.userId)).noneMatch(m -> m.text() != null && (m.text().contains(victimCode)
                || m.text().contains(victimTracking) || m.text().contains(Chat.persianDigits(victimTracking))));
    }

    @Test
    void theFormRefusesTheApplicantsOwnNumberAndOneNumberForBothSigners() {
        Chat manager = Chat.newPerson(api);
        String code = Managers.register(manager, "علی");
        answerUpToTheImam(manager);

        SentMessage own = manager.says(mobileOf(code), "این شماره‌ی خود شماست");
        assertThat(own.text()).contains("امام جماعت", "سه نفر متفاوت");
        // The question is asked again, in the same message as the reason.
        assertThat(own.text()).contains("شمارهٔ همراه امام جماعت مسجد را بنویسید");
        String imamMobile = newMobile();
        manager.says(imamMobile, "رئیس هیئت امنا");
        SentMessage same = manager.says(Chat.persianDigits(imamMobile), "این شماره را برای امام جماعت نوشته‌اید");
        assertThat(same.text()).contains("رئیس هیئت امنا", "دو نفر متفاوت");
        manager.says(newMobile(), "عکس");
        assertThat(sendPhotoAndConfirm(manager)).hasSize(2);
    }

    @Test
    void theApplicantCannotSignAndNeitherCanOnePersonSignBothRoles() {
        Chat manager = Chat.newPerson(api);
        Managers.register(manager, "سعید");
        String secondSim = newMobile();
        String imamMobile = newMobile();
        String trusteeMobile = newMobile();
        List<String> applicantsOwn = fileEstablishment(manager, secondSim, newMobile());

        // The applicant opens the imam's link in their own chat with a second number: refused by person.
        manager.command("/start", "c_" + applicantsOwn.get(0), "امام جماعت");
        manager.sharesOwnContact(secondSim, "متقاضی نمی‌تواند رضایت‌نامه‌ی درخواست خودش را امضا کند");
        assertThat(consent(applicantsOwn.get(0))).containsEntry("status", "PENDING");

        // One person signs as the imam, then opens the trustees' link with their other number.
        Chat other = Chat.newPerson(api);
        Managers.register(other, "حمید");
        List<String> tokens = fileEstablishment(other, imamMobile, trusteeMobile);
        Chat both = Chat.newPerson(api);
        both.command("/start", "c_" + tokens.get(0), "امام جماعت");
        SentMessage summary = both.sharesOwnContact(imamMobile, "آیا با این درخواست موافقید");
        SentMessage comment = both.press(summary, "موافقم و امضا می‌کنم", "اگر توضیحی دارید");
        both.press(comment, "بدون توضیح", "امضای شما ثبت شد");
        both.command("/start", "c_" + tokens.get(1), "رئیس هیئت امنا");
        both.sharesOwnContact(trusteeMobile, "رضایت‌نامه‌ی دیگر همین درخواست را امضا کرده‌اید");
        assertThat(consent(tokens.get(1))).containsEntry("status", "PENDING").containsEntry("signer_person_id", null);
        assertThat(consent(tokens.get(0))).containsEntry("status", "SIGNED");
    }

    @Test
    void aCommentLongerThanItsColumnIsRefusedWithTheLimit() {
        Chat manager = Chat.newPerson(api);
        Managers.register(manager, "نرگس");
        String imamMobile = newMobile();
        List<String> tokens = fileEstablishment(manager, imamMobile, newMobile());
        Chat imam = Chat.newPerson(api);
        imam.command("/start", "c_" + tokens.get(0), "امام جماعت");
        SentMessage summary = imam.sharesOwnContact(imamMobile, "آیا با این درخواست موافقید");
        imam.press(summary, "موافق نیستم", "اگر توضیحی دارید");

        SentMessage tooLong = imam.says("ن".repeat(1001), "بیش از ۱۰۰۰ نویسه پذیرفته نمی‌شود");
        assertThat(tooLong.text()).contains("۱۰۰۱");
        assertThat(consent(tokens.get(0))).containsEntry("status", "PENDING").containsEntry("comment", null);
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM timeline_event t JOIN consent c "
                + "ON c.request_id = t.request_id WHERE c.token = ? AND t.event_type LIKE 'CONSENT_%'", Integer.class,
                tokens.get(0))).isZero();

        imam.says("ن".repeat(1000), "پاسخ شما ثبت شد");
        assertThat(consent(tokens.get(0))).containsEntry("status", "REFUSED");
    }

    private static String mobileOf(String nationalCode) {
        return bot.jdbc().queryForObject("SELECT mobile FROM person WHERE national_code = ?", String.class,
                nationalCode);
    }

    private static Map<String, Object> consent(String token) {
        return bot.jdbc().queryForMap("SELECT status, signer_person_id, comment FROM consent WHERE token = ?", token);
    }
}
