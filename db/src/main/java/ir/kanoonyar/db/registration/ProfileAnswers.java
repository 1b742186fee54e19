package ir.kanoonyar.db.registration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.filing.Placement;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.persian.NationalCode;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;

/**
 * The profile a registration form's answers describe. The bot's form has checked each answer as it
 * was typed; the back-office may pass what staff typed. So each is checked again here, and the
 * national code and mobile are kept normalised (ASCII digits, leading zeros) whatever digits came in.
 */
final class ProfileAnswers {

    private final Map<String, String> answers;
    private final LocalDate today;

    ProfileAnswers(Map<String, String> answers, LocalDate today) {
        this.answers = answers;
        this.today = today;
    }

    /** The first answer that cannot be part of a profile, in the form's order; empty when all can. */
    Optional<RegistrationOutcome.Refused> refusal() {
        if (blank(FieldKeys.FIRST_NAME)) {
            return refused(RegistrationRefusal.NAME_MISSING, FieldKeys.FIRST_NAME);
        }
        if (blank(FieldKeys.LAST_NAME)) {
            return refused(RegistrationRefusal.NAME_MISSING, FieldKeys.LAST_NAME);
        }
        if (!nationalCode().isValid()) {
            return refused(RegistrationRefusal.NATIONAL_CODE_INVALID, FieldKeys.NATIONAL_CODE);
        }
        if (!mobile().isValid()) {
            return refused(RegistrationRefusal.MOBILE_INVALID, FieldKeys.MOBILE);
        }
        if (birthDate().isEmpty()) {
            return refused(RegistrationRefusal.BIRTH_DATE_INVALID, FieldKeys.BIRTH_DATE);
        }
        if (answered(Gender.class, FieldKeys.GENDER).isEmpty()) {
            return refused(RegistrationRefusal.GENDER_UNKNOWN, FieldKeys.GENDER);
        }
        if (answered(Education.class, FieldKeys.EDUCATION).isEmpty()) {
            return refused(RegistrationRefusal.EDUCATION_UNKNOWN, FieldKeys.EDUCATION);
        }
        return Optional.empty();
    }

    /** The normalised national code; call after {@link #refusal()} found nothing. */
    String nationalCodeValue() {
        return nationalCode().value();
    }

    /** The profile, placed in its region; call after {@link #refusal()} found nothing. */
    Person.Profile profile(Placement region) {
        return new Person.Profile(nationalCode().value(), answers.get(FieldKeys.FIRST_NAME).strip(),
                answers.get(FieldKeys.LAST_NAME).strip(), mobile().value(), birthDate().orElseThrow(),
                answered(Gender.class, FieldKeys.GENDER).orElseThrow(),
                answered(Education.class, FieldKeys.EDUCATION).orElseThrow(), answers.get(FieldKeys.ADDRESS),
                region.provinceId(), region.countyId());
    }

    /** The answers as the request keeps them: as given, with the national code and mobile normalised. */
    Map<String, String> normalised() {
        Map<String, String> kept = new LinkedHashMap<>(answers);
        kept.put(FieldKeys.NATIONAL_CODE, nationalCode().value());
        kept.put(FieldKeys.MOBILE, mobile().value());
        return kept;
    }

    private ParseResult<String> nationalCode() {
        return NationalCode.parse(orEmpty(FieldKeys.NATIONAL_CODE));
    }

    private ParseResult<String> mobile() {
        return MobileNumber.parse(orEmpty(FieldKeys.MOBILE));
    }

    private Optional<LocalDate> birthDate() {
        return birthDate(answers.get(FieldKeys.BIRTH_DATE), today);
    }

    private <E extends Enum<E>> Optional<E> answered(Class<E> type, String key) {
        return choice(type, answers.get(key));
    }

    /** Forms store the Gregorian date ISO-formatted; a birth date after today is nobody's. */
    static Optional<LocalDate> birthDate(String answer, LocalDate today) {
        try {
            LocalDate date = answer == null ? null : LocalDate.parse(answer.strip());
            return date == null || date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Forms store a choice as its constant's name in lower case. */
    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String answer) {
        try {
            return answer == null ? Optional.empty()
                    : Optional.of(Enum.valueOf(type, answer.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean blank(String key) {
        return orEmpty(key).isBlank();
    }

    private String orEmpty(String key) {
        String value = answers.get(key);
        return value == null ? "" : value;
    }

    private static Optional<RegistrationOutcome.Refused> refused(RegistrationRefusal reason, String fieldKey) {
        return Optional.of(new RegistrationOutcome.Refused(reason, fieldKey));
    }
}
