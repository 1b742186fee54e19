package ir.kanoonyar.db.form;

import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.request.RequestType;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static ir.kanoonyar.db.form.FieldDefinition.applicantBirthDate;
import static ir.kanoonyar.db.form.FieldDefinition.choice;
import static ir.kanoonyar.db.form.FieldDefinition.county;
import static ir.kanoonyar.db.form.FieldDefinition.date;
import static ir.kanoonyar.db.form.FieldDefinition.document;
import static ir.kanoonyar.db.form.FieldDefinition.kanoon;
import static ir.kanoonyar.db.form.FieldDefinition.location;
import static ir.kanoonyar.db.form.FieldDefinition.longText;
import static ir.kanoonyar.db.form.FieldDefinition.mobile;
import static ir.kanoonyar.db.form.FieldDefinition.multiChoice;
import static ir.kanoonyar.db.form.FieldDefinition.nationalCode;
import static ir.kanoonyar.db.form.FieldDefinition.number;
import static ir.kanoonyar.db.form.FieldDefinition.ownMobile;
import static ir.kanoonyar.db.form.FieldDefinition.personName;
import static ir.kanoonyar.db.form.FieldDefinition.photo;
import static ir.kanoonyar.db.form.FieldDefinition.postalCode;
import static ir.kanoonyar.db.form.FieldDefinition.province;
import static ir.kanoonyar.db.form.FieldDefinition.text;
import static ir.kanoonyar.db.form.FieldDefinition.yesNo;
import static ir.kanoonyar.db.form.FieldKeys.*;

/**
 * The form of every request type: the one place the bot (which asks the questions) and the
 * back-office (which shows the answers) both read. Immutable; {@code new Forms()} outside Spring.
 */
@Component
public class Forms {

    /** The 12 FAHMA activity corridors, as choice codes, in their usual order. */
    public static final List<String> ACTIVITY_AREA_CODES = List.of(
            "quran", "book", "knowledge", "social", "film", "drama", "song",
            "visual_arts", "media", "writing", "technology", "entrepreneurship");

    /** The kinds of service a manager asks for; each is also the category of the ticket it opens (issue 11). */
    public static final List<String> SERVICE_KIND_CODES = List.of(
            "equipment", "funding", "training", "consulting", "event_support", "bot_help", "other");

    /** The smallest and largest space (m²) an establishment request may give. */
    public static final int SPACE_MIN_M2 = 10;
    public static final int SPACE_MAX_M2 = 100_000;
    public static final int MEMBERS_MAX = 100_000;
    /** A resignation or retirement may take effect from 90 days ago to a year ahead. */
    public static final int EFFECTIVE_EARLIEST_DAYS = -90;
    public static final int EFFECTIVE_LATEST_DAYS = 365;

    private final Map<RequestType, FormDefinition> forms = new EnumMap<>(RequestType.class);

    public Forms() {
        FieldDefinition reason = longText(REASON);
        FieldDefinition kanoon = kanoon(KANOON);
        FieldDefinition effectiveDate = date(EFFECTIVE_DATE, EFFECTIVE_EARLIEST_DAYS, EFFECTIVE_LATEST_DAYS);

        add(RequestType.MANAGER_REGISTRATION,
                personName(FIRST_NAME),
                personName(LAST_NAME),
                nationalCode(NATIONAL_CODE),
                ownMobile(MOBILE),
                applicantBirthDate(BIRTH_DATE),
                choice(GENDER, Gender.class),
                choice(EDUCATION, Education.class),
                province(PROVINCE),
                county(COUNTY, PROVINCE),
                longText(ADDRESS, AnswerColumns.ADDRESS_LENGTH));
        add(RequestType.ESTABLISHMENT,
                text(MOSQUE_NAME),
                province(PROVINCE),
                county(COUNTY, PROVINCE),
                text(LOCALITY),
                yesNo(RURAL),
                longText(MOSQUE_ADDRESS, AnswerColumns.ADDRESS_LENGTH),
                postalCode(POSTAL_CODE),
                location(LOCATION).optional(),
                choice(AUDIENCE, KanoonAudience.class),
                text(PROPOSED_NAME),
                multiChoice(ACTIVITY_AREAS, 1, ACTIVITY_AREA_CODES.size(), ACTIVITY_AREA_CODES.toArray(String[]::new)),
                number(SPACE_M2, SPACE_MIN_M2, SPACE_MAX_M2),
                mobile(IMAM_MOBILE),
                mobile(TRUSTEES_MOBILE),
                photo(PHOTO).optional());
        add(RequestType.MANAGER_CHANGE,
                kanoon,
                nationalCode(NEW_MANAGER_NATIONAL_CODE),
                reason,
                mobile(IMAM_MOBILE));
        add(RequestType.RESIGNATION, kanoon, reason, effectiveDate);
        add(RequestType.RETIREMENT, kanoon, reason, effectiveDate);
        add(RequestType.LICENCE_RENEWAL,
                kanoon,
                number(MEMBERS, 1, MEMBERS_MAX));
        add(RequestType.SERVICE_REQUEST,
                kanoon,
                choice(SERVICE_KIND, SERVICE_KIND_CODES.toArray(String[]::new)),
                longText(DESCRIPTION),
                document(DOCUMENT).optional());

        for (RequestType type : RequestType.values()) {
            if (!forms.containsKey(type)) {
                throw new IllegalStateException("No form for " + type);
            }
        }
    }

    /** The form of that request type. */
    public FormDefinition of(RequestType type) {
        return forms.get(Objects.requireNonNull(type, "type"));
    }

    /** Every form, in the order of {@link RequestType}. */
    public Collection<FormDefinition> all() {
        return forms.values();
    }

    private void add(RequestType type, FieldDefinition... fields) {
        forms.put(type, new FormDefinition(type, List.of(fields)));
    }
}
