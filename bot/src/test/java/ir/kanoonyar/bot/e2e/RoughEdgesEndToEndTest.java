package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * The registration's rough edges (issue 12 item 6), through the fake Bot API: a name that would be printed
 * on a licence wrongly, and a birth date no applicant can have, are refused with a Persian reason and the
 * question asked again.
 */
class RoughEdgesEndToEndTest extends EndToEnd {

    @Test
    void aNameNotInPersianLettersAndAnImplausibleBirthDateAreRefusedAndAskedAgain() {
        Chat chat = Chat.newPerson(api);
        String nationalCode = Chat.newNationalCode();
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("ثبت‌نام مدیر", "نام خود را بنویسید");

        int latin = api.sendText(chat.userId, "Zahra");
        SentMessage refusal = chat.expectReply(latin, "با حروف فارسی بنویسید");
        assertThat(refusal.text()).contains("پروانه");
        chat.expectReply(latin, "نام خود را بنویسید");
        int digit = api.sendText(chat.userId, "زهرا۲");
        chat.expectReply(digit, "«۲» نمی‌آید");
        chat.says("زهرا", "نام خانوادگی");
        chat.says("کریمی\u200Cنژاد", "کد ملی");
        chat.says(nationalCode, "شمارهٔ همراه خود");
        SentMessage birthQuestion = chat.sharesOwnContact("0912" + nationalCode.substring(3), "تاریخ تولد");
        assertThat(birthQuestion.text()).contains("۱۳۸۰/۰۶/۱۵");

        int child = api.sendText(chat.userId, "1400/01/01");
        chat.expectReply(child, "دست‌کم ۱۵ سال");
        int old = api.sendText(chat.userId, "1300/01/01");
        chat.expectReply(old, "بیش از ۹۰ سال");
        chat.says("1370/01/15", "جنسیت");
    }

    @Test
    void aManagerPicksTheProvinceAndACountyOnItsSecondPageByButtonsAndAForgedCountyIsRefused() {
        Chat chat = Chat.newPerson(api);
        String nationalCode = Chat.newNationalCode();
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        chat.says("مریم", "نام خانوادگی");
        chat.says("احمدی", "کد ملی");
        chat.says(nationalCode, "شمارهٔ همراه خود");
        chat.sharesOwnContact("0912" + nationalCode.substring(3), "تاریخ تولد");
        SentMessage gender = chat.says("1370/01/15", "جنسیت");
        SentMessage education = chat.press(gender, "زن", "مدرک تحصیلی");
        SentMessage provinces = chat.press(education, "کارشناسی", "نام استان");
        assertThat(provinces.inlineButtonTexts()).hasSize(31).contains("مرکزی", "تهران", "کهگیلویه و بویراحمد");

        SentMessage counties = chat.press(provinces, "مرکزی", "نام شهرستان");
        assertThat(counties.text()).contains("صفحهٔ ۱ از ۲");
        assertThat(counties.inlineButtonTexts()).contains("اراک", "آشتیان", "بعدی ←").doesNotContain("کمیجان", "تهران");
        // A forged button: a county of Tehran with this keyboard's stamp.
        String stamp = counties.callbackDataOf("اراک").split("\\|")[0];
        int forged = api.pressButton(chat.userId, counties.messageId(), stamp + "|pick:2301");
        chat.expectReply(forged, "این گزینه در فهرست کنونی نیست");
        chat.expectReply(forged, "نام شهرستان");

        SentMessage second = chat.press(counties, "بعدی ←", "صفحهٔ ۲ از ۲");
        assertThat(second.inlineButtonTexts()).contains("کمیجان", "→ قبلی").doesNotContain("اراک");
        chat.press(second, "کمیجان", "نشانی");
        SentMessage summary = chat.says("کمیجان، خیابان امام", "خلاصه");
        assertThat(summary.text()).contains("مرکزی", "کمیجان");
        chat.press(summary, "تأیید و ارسال", "ثبت‌نام شما فرستاده شد");

        assertThat(bot.jdbc().queryForObject("SELECT c.code FROM request r JOIN person p ON p.id = r.applicant_person_id"
                + " JOIN county c ON c.id = r.county_id WHERE p.national_code = ?", String.class, nationalCode))
                .isEqualTo("0011");
    }
}
