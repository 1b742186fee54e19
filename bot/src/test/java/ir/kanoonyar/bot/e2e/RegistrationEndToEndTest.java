package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Manager registration through the real TelegramBots client, the fake Bot API over HTTP and MariaDB,
 * with the wrong answers a person on a phone really gives.
 */
class RegistrationEndToEndTest extends EndToEnd {


    @Test
    void aManagerRegistersThroughEveryWrongAnswerAndSeesTheChecklistBeforeSubmitting() {
        Chat ali = Chat.newPerson(api);
        String nationalCode = Chat.newNationalCode();

        SentMessage menu = ali.command("/start", "چه کاری می‌خواهید");
        assertThat(menu.replyButtonTexts()).contains("ثبت‌نام مدیر", "درخواست جدید", "درخواست‌های من");
        ali.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        ali.says("علي", "نام خانوادگی");                         // Arabic ي, stored as Persian ی
        ali.says("رضائی", "کد ملی");
        ali.says("1111111111", "ده رقم یکسان");                  // passes the checksum, still refused
        ali.says("12345", "ده رقم دارد");
        SentMessage mobileQuestion = ali.says(Chat.persianDigits(nationalCode), "شمارهٔ همراه خود");
        assertThat(mobileQuestion.replyKeyboard().get(0).get(0).requestContact()).isTrue();
        ali.says("09121234567", "ارسال شمارهٔ من");              // typed, not shared
        ali.sharesContactOf(ali.userId + 1, "09350000000", "از آن حساب شما نیست");
        ali.sharesOwnContact("+989121234567", "تاریخ تولد");
        ali.says("1403/12/31", "این روز در آن ماه نیست");
        SentMessage gender = ali.says("۱۳۸۰/۰۵/۱۲", "جنسیت");
        ali.sendsSticker("این نوع پیام");
        SentMessage education = ali.press(gender, "مرد", "مدرک تحصیلی");
        ali.press(education, "کارشناسی", "نام استان");
        ali.says("مركزی", "شهرستان");                             // Arabic ك
        ali.says("اراک", "نشانی");
        SentMessage summary = ali.says("اراک، خیابان شریعتی، کوچه‌ی ۱۲", "خلاصه");
        assertThat(summary.text()).contains("علی", "رضائی", "کارشناسی", "مرکزی", "اراک", "✅");
        assertThat(summary.inlineButtonTexts()).contains("تأیید و ارسال");

        SentMessage done = ali.press(summary, "تأیید و ارسال", "ثبت‌نام شما فرستاده شد");
        assertThat(done.text()).containsPattern("[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{4}");

        Map<String, Object> person = bot.jdbc().queryForMap(
                "SELECT first_name, mobile, birth_date, education, registered_at FROM person WHERE national_code = ?",
                nationalCode);
        assertThat(person.get("first_name")).isEqualTo("علی");
        assertThat(person.get("mobile")).isEqualTo("09121234567");
        assertThat(person.get("education")).isEqualTo("BACHELOR");
        assertThat(person.get("registered_at")).isNotNull();
        Map<String, Object> request = bot.jdbc().queryForMap("SELECT r.type, r.status, r.guideline_version_id, "
                + "c.code AS county FROM request r JOIN person p ON p.id = r.applicant_person_id "
                + "JOIN county c ON c.id = r.county_id WHERE p.national_code = ?", nationalCode);
        assertThat(request).containsEntry("type", "MANAGER_REGISTRATION").containsEntry("status", "COUNTY_REVIEW")
                .containsEntry("county", "0001");
        assertThat(request.get("guideline_version_id")).isNotNull();
    }


    @Test
    void startAndTheFirstRegistrationStepsAreAnsweredWithOneMessageEach() {
        Chat reza = Chat.newPerson(api);

        SentMessage menu = reza.command("/start", "چه کاری می‌خواهید");
        SentMessage firstName = reza.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        SentMessage lastName = reza.says("رضا", "نام خانوادگی");
        SentMessage nationalCode = reza.says("کریمی", "کد ملی");
        SentMessage again = reza.says("12345", "ده رقم دارد");
        // One chat's replies go out in the order of its updates: once /help is answered, all the earlier are out.
        SentMessage help = reza.command("/help", "راهنمای کانون‌یار");

        List<SentMessage> before = api.messagesTo(reza.userId).stream()
                .filter(m -> m.sequence() < help.sequence()).toList();
        assertThat(before).as("one message per update").containsExactly(menu, firstName, lastName, nationalCode, again);
        assertThat(menu.text()).contains("به کانون‌یار خوش آمدید");
        assertThat(menu.replyButtonTexts()).contains("ثبت‌نام مدیر", "درخواست جدید");
        // The intro and the first question in one message, which also takes the menu keyboard away.
        assertThat(firstName.text()).startsWith("ثبت‌نام مدیر کانون: چند سؤال کوتاه");
        assertThat(firstName.removesKeyboard()).isTrue();
        assertThat(lastName.text()).startsWith("سؤال ۲ از");
        // A wrong answer: the reason and the same question again.
        assertThat(again.text()).contains("کد ملی ده‌رقمی خود را بنویسید");
    }

    @Test
    void aPendingRequestCanBeWithdrawnFromMyRequests() {
        Chat chat = Chat.newPerson(api);
        String nationalCode = Managers.register(chat, "نرگس");
        SentMessage list = chat.says("درخواست‌های من", "در حال بررسی در اداره‌ی ارشاد شهرستان");
        assertThat(list.text()).contains("مهلت این مرحله");
        SentMessage confirm = chat.press(list, list.inlineButtonTexts().get(0), "مطمئن هستید");
        chat.press(confirm, "بله، انصراف می‌دهم", "انصراف دادید");
        assertThat(bot.jdbc().queryForObject("SELECT r.status FROM request r JOIN person p ON p.id = r.applicant_person_id "
                + "WHERE p.national_code = ?", String.class, nationalCode)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRestartInTheMiddleOfAFormResumesAtTheSameQuestion() {
        Chat sara = Chat.newPerson(api);
        sara.command("/start", "چه کاری می‌خواهید");
        sara.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        sara.says("سارا", "نام خانوادگی");

        bot.restart();

        sara.says("محمدی", "کد ملی");
        SentMessage back = sara.command("/back", "نام خانوادگی");
        assertThat(back.text()).contains("۲");
    }

    @Test
    void editsGroupsAndUnknownCommandsNeverBreakTheConversation() {
        Chat chat = Chat.newPerson(api);
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        api.editText(chat.userId, 1, "ویرایش شده");
        api.sendGroupText(-100123456789L, chat.userId, "سلام به گروه");
        chat.command("/foo", "این دستور را نمی‌شناسم");
        chat.says("مریم", "نام خانوادگی");                      // still at the same form, one step on
    }
}
