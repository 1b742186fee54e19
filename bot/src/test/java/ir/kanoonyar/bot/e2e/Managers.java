package ir.kanoonyar.bot.e2e;

import ir.kanoonyar.bot.fakeapi.SentMessage;

/** Gets a person registered quickly, for tests about what comes after registration. */
final class Managers {

    private Managers() {
    }

    /** Registers the chat's person as a manager in Arak (Markazi) and returns their national code. */
    static String register(Chat chat, String firstName) {
        String nationalCode = Chat.newNationalCode();
        chat.command("/start", "چه کاری می‌خواهید");
        chat.says("ثبت‌نام مدیر", "نام خود را بنویسید");
        chat.says(firstName, "نام خانوادگی");
        chat.says("احمدی", "کد ملی");
        chat.says(nationalCode, "شمارهٔ همراه خود");
        chat.sharesOwnContact("0912" + nationalCode.substring(3), "تاریخ تولد");
        SentMessage gender = chat.says("1375/06/21", "جنسیت");
        SentMessage education = chat.press(gender, "مرد", "مدرک تحصیلی");
        chat.press(education, "دیپلم", "نام استان");
        chat.says("مرکزی", "شهرستان");
        chat.says("اراک", "نشانی");
        SentMessage summary = chat.says("اراک، خیابان امام", "خلاصه");
        int confirm = chat.api.pressButton(chat.userId, summary, "تأیید و ارسال");
        chat.expectReply(confirm, "ثبت‌نام شما فرستاده شد");
        chat.expectReply(confirm, "چه کاری می‌خواهید");           // the menu, last of the replies
        return nationalCode;
    }
}
