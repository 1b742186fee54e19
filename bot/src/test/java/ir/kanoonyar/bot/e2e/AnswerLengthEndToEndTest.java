package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * A free-text answer longer than the column it lands in is refused when typed, with the limit in
 * Persian digits, and the question asked again; before, a registration address of 501–1,000
 * characters passed the form and failed on write after the person confirmed.
 */
class AnswerLengthEndToEndTest extends EndToEnd {

    @Test
    void anAddressLongerThanItsColumnIsRefusedWithTheLimitAndAskedAgain() {
        Chat chat = Chat.newPerson(api);
        String nationalCode = Chat.newNationalCode();
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        chat.says("زهرا", "نام خانوادگی");
        chat.says("کریمی", "کد ملی");
        chat.says(nationalCode, "شمارهٔ همراه خود");
        chat.sharesOwnContact("0912" + nationalCode.substring(3), "تاریخ تولد");
        SentMessage gender = chat.says("1370/01/15", "جنسیت");
        SentMessage education = chat.press(gender, "زن", "مدرک تحصیلی");
        chat.press(education, "دیپلم", "نام استان");
        chat.says("مرکزی", "شهرستان");
        chat.says("اراک", "نشانی");

        String tooLong = "اراک، خیابان شریعتی، " + "کوچه".repeat(120);   // 21 + 480 = 501 characters
        assertThat(tooLong.codePointCount(0, tooLong.length())).isEqualTo(501);
        int typed = api.sendText(chat.userId, tooLong);
        SentMessage refusal = chat.expectReply(typed, "بیشترین اندازهٔ مجاز ۵۰۰ نویسه");
        assertThat(refusal.text()).contains("۵۰۱");
        chat.expectReply(typed, "نشانی محل سکونت خود را بنویسید");

        SentMessage summary = chat.says("اراک، خیابان شریعتی", "خلاصه");
        int confirm = api.pressButton(chat.userId, summary, "تأیید و ارسال");
        chat.expectReply(confirm, "ثبت‌نام شما فرستاده شد");
        assertThat(bot.jdbc().queryForObject("SELECT address FROM person WHERE national_code = ?", String.class,
                nationalCode)).isEqualTo("اراک، خیابان شریعتی");
    }
}
