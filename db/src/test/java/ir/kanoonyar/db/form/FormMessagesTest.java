package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.FormMessages.SummaryLine;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static ir.kanoonyar.db.form.TestRegions.MAZANDARAN;
import static ir.kanoonyar.db.form.TestRegions.QAEM_SHAHR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormMessagesTest {

    private final Forms forms = new Forms();
    private final FormMessages messages = new FormMessages(TestRegions.lookup());
    private final FormDefinition registration = forms.of(RequestType.MANAGER_REGISTRATION);
    private final FormDefinition establishment = forms.of(RequestType.ESTABLISHMENT);

    @Test
    void questionsHintsAndLabels() {
        assertThat(messages.question(registration.field("first_name"))).isEqualTo("نام خود را بنویسید.");
        assertThat(messages.hint(registration.field("birth_date"))).get().asString().contains("۱۳۷۵/۰۶/۲۱");
        assertThat(messages.hint(registration.field("first_name"))).isEmpty();
        assertThat(messages.label("national_code")).isEqualTo("کد ملی");
        assertThat(messages.title(RequestType.ESTABLISHMENT)).isEqualTo("تأسیس کانون");
    }

    @Test
    void choiceLabels() {
        assertThat(messages.choiceLabel(registration.field("gender").findChoice("female").orElseThrow())).isEqualTo("زن");
        assertThat(messages.choiceLabel(establishment.field("rural").findChoice("yes").orElseThrow())).isEqualTo("بله");
        assertThat(messages.choiceLabel(establishment.field("activity_areas").findChoice("visual_arts").orElseThrow()))
                .isEqualTo("هنرهای تجسمی");
    }

    @Test
    void reasonsCarryTheirArgumentsInPersianDigits() {
        FieldValidator validator = new FieldValidator(TestRegions.lookup(), messages, FieldValidatorTest.CLOCK);
        FieldResult tooLong = validator.validate(FieldDefinition.text("first_name"), new RawAnswer.Typed("ا".repeat(120)), Map.of());
        assertThat(tooLong.reason(messages))
                .isEqualTo("متن شما ۱۲۰ نویسه است و بیشترین اندازهٔ مجاز ۱۰۰ نویسه است؛ لطفاً کوتاه‌تر بنویسید.");
        FieldResult notFound = validator.validate(FieldDefinition.province("province"), new RawAnswer.Typed("مازندرن"), Map.of());
        assertThat(messages.reason(notFound))
                .isEqualTo("استانی به نام «مازندرن» پیدا نشد. آیا منظورتان «مازندران» است؟ نام درست را بنویسید یا از فهرست انتخاب کنید.");
        FieldResult notOwn = validator.validate(registration.field("mobile"), new RawAnswer.Contact("+989121234567", false), Map.of());
        assertThat(messages.reason(notOwn)).contains("از آن حساب شما نیست");
        assertThatThrownBy(() -> messages.reason(FieldResult.ok("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void displaysAnswersAsPeopleReadThem() {
        assertThat(messages.display(registration.field("first_name"), "محمد\u200Cرضا")).isEqualTo("محمد\u200Cرضا");
        assertThat(messages.display(registration.field("address"), "خیابان 12")).isEqualTo("خیابان ۱۲");
        assertThat(messages.display(registration.field("national_code"), "0499370899")).isEqualTo("۰۴۹۹۳۷۰۸۹۹");
        assertThat(messages.display(registration.field("mobile"), "09121234567")).isEqualTo("۰۹۱۲۱۲۳۴۵۶۷");
        assertThat(messages.display(registration.field("birth_date"), "2025-03-20")).isEqualTo("۱۴۰۳/۱۲/۳۰");
        assertThat(messages.display(registration.field("gender"), "male")).isEqualTo("مرد");
        assertThat(messages.display(registration.field("education"), "master")).isEqualTo("کارشناسی ارشد");
        assertThat(messages.display(registration.field("province"), MAZANDARAN)).isEqualTo("مازندران");
        assertThat(messages.display(registration.field("county"), QAEM_SHAHR)).isEqualTo("قایم شهر");
        assertThat(messages.display(establishment.field("rural"), "no")).isEqualTo("خیر");
        assertThat(messages.display(establishment.field("activity_areas"), "quran,visual_arts"))
                .isEqualTo("قرآن و معارف، هنرهای تجسمی");
        assertThat(messages.display(establishment.field("space_m2"), "120")).isEqualTo("۱۲۰");
        assertThat(messages.display(establishment.field("postal_code"), "1234567890")).isEqualTo("۱۲۳۴۵۶۷۸۹۰");
        assertThat(messages.display(establishment.field("location"), "35.6997,51.338"))
                .isEqualTo("عرض جغرافیایی ۳۵.۶۹۹۷، طول جغرافیایی ۵۱.۳۳۸");
        assertThat(messages.display(establishment.field("photo"), "AgADphoto")).isEqualTo("عکس پیوست شده است");
        assertThat(messages.display(forms.of(RequestType.SERVICE_REQUEST).field("document"), "BQAD")).isEqualTo("پرونده پیوست شده است");
        assertThat(messages.display(forms.of(RequestType.SERVICE_REQUEST).field("kanoon"), "42")).isEqualTo("کانون شمارهٔ ۴۲");
        assertThat(messages.display(FieldDefinition.mosque("mosque"), "7")).isEqualTo("مسجد شمارهٔ ۷");
    }

    @Test
    void aSkippedOrStaleAnswerStillDisplays() {
        assertThat(messages.display(establishment.field("photo"), null)).isEqualTo("ثبت نشده");
        assertThat(messages.display(registration.field("gender"), "other")).isEqualTo("other");
        assertThat(messages.display(registration.field("province"), "99")).isEqualTo("۹۹");
        assertThat(messages.display(registration.field("birth_date"), "not a date")).isEqualTo("not a date");
        assertThat(new FormMessages().display(registration.field("province"), MAZANDARAN)).isEqualTo("۰۲");
    }

    @Test
    void summarisesAFormInItsOrder() {
        Map<String, String> answers = new HashMap<>();
        answers.put("kanoon", "42");
        answers.put("members", "35");
        assertThat(messages.summary(forms.of(RequestType.LICENCE_RENEWAL), answers)).containsExactly(
                new SummaryLine("kanoon", "کانون", "کانون شمارهٔ ۴۲"),
                new SummaryLine("members", "تعداد اعضا", "۳۵"));
    }
}
