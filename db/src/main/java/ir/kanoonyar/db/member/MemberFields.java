package ir.kanoonyar.db.member;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldResult;
import ir.kanoonyar.db.form.FieldRule;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.RawAnswer;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.persian.NationalCode;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Gender;
import org.springframework.stereotype.Component;

/**
 * Reads each of a member's values from text, as typed in the bot or found in a spreadsheet cell:
 * Persian or Arabic digits, Arabic ي and ك, spaces and bidi marks are all accepted. Names go through
 * the forms' {@link FieldRule#PERSON_NAME} rule (Persian letters, spaces and half-spaces).
 */
@Component
public class MemberFields {

    /** The width of {@code kanoon_member.first_name} and {@code last_name}. */
    public static final int NAME_MAX_LENGTH = 100;

    private static final FieldDefinition FIRST_NAME = FieldDefinition.text("first_name", NAME_MAX_LENGTH)
            .withRule(FieldRule.PERSON_NAME);
    private static final FieldDefinition LAST_NAME = FieldDefinition.text("last_name", NAME_MAX_LENGTH)
            .withRule(FieldRule.PERSON_NAME);
    private static final Pattern YEAR = Pattern.compile("[0-9]{1,4}");

    private final FieldValidator validator;
    private final FormMessages formMessages;
    private final MemberMessages messages;
    private final MemberSettings settings;
    private final Clock clock;

    public MemberFields(FieldValidator validator, FormMessages formMessages, MemberMessages messages,
                        MemberSettings settings, Clock clock) {
        this.validator = validator;
        this.formMessages = formMessages;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    public Checked<String> firstName(String text) {
        return name(FIRST_NAME, text);
    }

    public Checked<String> lastName(String text) {
        return name(LAST_NAME, text);
    }

    private Checked<String> name(FieldDefinition field, String text) {
        if (blank(text)) {
            return Checked.refused(messages.refusal(MemberRefusal.REQUIRED));
        }
        FieldResult result = validator.validate(field, new RawAnswer.Typed(text), Map.of());
        if (result.valid()) {
            return Checked.ok(result.value());
        }
        return Checked.refused(messages.refusal(MemberRefusal.NAME, formMessages.reason(result)));
    }

    /** «مرد»/«زن», also «آقا»/«خانم», «پسر»/«دختر». */
    public Checked<Gender> gender(String text) {
        if (blank(text)) {
            return Checked.refused(messages.refusal(MemberRefusal.REQUIRED));
        }
        String key = PersianText.matchKey(text);
        return switch (key) {
            case "مرد", "اقا", "پسر", "مذکر" -> Checked.ok(Gender.MALE);
            case "زن", "خانم", "دختر", "مونث" -> Checked.ok(Gender.FEMALE);
            default -> Checked.refused(messages.refusal(MemberRefusal.GENDER_UNKNOWN, echo(text)));
        };
    }

    /** «عضو», «مربی», «هیئت مدیره» (or «هیات مدیره», «عضو هیئت مدیره»). */
    public Checked<MemberRole> role(String text) {
        if (blank(text)) {
            return Checked.refused(messages.refusal(MemberRefusal.REQUIRED));
        }
        String key = PersianText.matchKey(text);
        return switch (key) {
            case "عضو" -> Checked.ok(MemberRole.MEMBER);
            case "مربی" -> Checked.ok(MemberRole.COACH);
            case "هیئتمدیره", "هیاتمدیره", "هییتمدیره", "عضوهیئتمدیره", "عضوهیاتمدیره", "عضوهییتمدیره" ->
                    Checked.ok(MemberRole.BOARD);
            default -> Checked.refused(messages.refusal(MemberRefusal.ROLE_UNKNOWN, echo(text)));
        };
    }

    /** A Jalali year (e.g. ۱۳۹۰) giving an age within the settings' range this (Jalali) year. */
    public Checked<Integer> birthYear(String text) {
        if (blank(text)) {
            return Checked.refused(messages.refusal(MemberRefusal.REQUIRED));
        }
        String digits = PersianText.normalize(text).replace(" ", "");
        if (!YEAR.matcher(digits).matches()) {
            return Checked.refused(messages.refusal(MemberRefusal.BIRTH_YEAR_NOT_NUMBER, echo(text)));
        }
        int year = Integer.parseInt(digits);
        int thisYear = JalaliDate.today(clock).year();
        int age = thisYear - year;
        if (age < settings.youngestAge() || age > settings.oldestAge()) {
            return Checked.refused(messages.refusal(MemberRefusal.BIRTH_YEAR_OUT_OF_RANGE,
                    PersianText.toPersianDigits(String.valueOf(year)),
                    PersianText.toPersianDigits(String.valueOf(thisYear - settings.oldestAge())),
                    PersianText.toPersianDigits(String.valueOf(thisYear - settings.youngestAge())),
                    settings.youngestAge(), settings.oldestAge()));
        }
        return Checked.ok(year);
    }

    /** Optional: blank is null; else a mobile number (09…, +98 9…, Persian digits). */
    public Checked<String> phone(String text) {
        if (blank(text)) {
            return Checked.ok(null);
        }
        var parsed = MobileNumber.parse(text);
        return parsed.isValid() ? Checked.ok(parsed.value())
                : Checked.refused(messages.refusal(MemberRefusal.PHONE_INVALID, echo(text)));
    }

    /**
     * Optional: blank is null; else ten digits with a valid check digit. A spreadsheet that took the
     * code for a number dropped its leading zeros: eight or nine digits are padded back.
     */
    public Checked<String> nationalCode(String text) {
        if (blank(text)) {
            return Checked.ok(null);
        }
        String digits = PersianText.normalize(text).replace(" ", "").replace("-", "");
        if (digits.matches("[0-9]{8,9}")) {
            digits = "0".repeat(NationalCode.LENGTH - digits.length()) + digits;
        }
        var parsed = NationalCode.parse(digits);
        return parsed.isValid() ? Checked.ok(parsed.value())
                : Checked.refused(messages.refusal(MemberRefusal.NATIONAL_CODE_INVALID, echo(text)));
    }

    private static boolean blank(String text) {
        return text == null || PersianText.normalize(text).isEmpty();
    }

    /** What was typed, cut short, for a reason that names it. */
    static String echo(String text) {
        String shown = PersianText.normalize(text);
        return shown.length() > 30 ? shown.substring(0, 30) + "…" : shown;
    }
}
