package ir.kanoonyar.db.form;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.RequestType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The Persian texts of the forms, from {@code i18n/forms.properties}: questions, hints, labels,
 * choice labels, the reasons answers are refused, and answers as people read them (Persian digits,
 * Jalali dates, names instead of codes). Thread-safe.
 */
@Component
public class FormMessages {

    /** Base name of the message bundle: {@code i18n/forms.properties}. */
    public static final String BUNDLE = "i18n.forms";

    static final String TITLE_PREFIX = "form.type.";
    static final String LIST_SEPARATOR = "form.list.separator";
    static final String DISPLAY_EMPTY = "form.display.empty";
    static final String DISPLAY_LOCATION = "form.display.location";
    static final String DISPLAY_PHOTO = "form.display.photo";
    static final String DISPLAY_DOCUMENT = "form.display.document";
    static final String DISPLAY_MOSQUE = "form.display.mosque";
    static final String DISPLAY_KANOON = "form.display.kanoon";
    /** Words that also answer a yes/no question, separated by {@link #LIST_SEPARATOR}'s comma. */
    static final String WORDS_YES = "form.words.yes";
    static final String WORDS_NO = "form.words.no";

    private final ResourceBundle bundle;
    private final RegionLookup regions;
    /** A kanoon's name by its id; empty for one not (or no longer) there. */
    private final LongFunction<Optional<String>> kanoonNames;

    /** Without regions: provinces and counties are displayed by code. */
    public FormMessages() {
        this(InMemoryRegionLookup.empty());
    }

    /** Without kanoons: a kanoon is displayed by its number (outside Spring, e.g. in unit tests). */
    public FormMessages(RegionLookup regions) {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FormMessages.class.getClassLoader()), regions,
                id -> Optional.empty());
    }

    /**
     * A kanoon answer is displayed by the kanoon's name: «کانون شمارهٔ ۲» means nothing to the manager who
     * chose it from named buttons, nor to the staff member reading the request.
     */
    @Autowired
    public FormMessages(RegionLookup regions, KanoonRepository kanoons) {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FormMessages.class.getClassLoader()), regions,
                id -> kanoons.findById(id).map(Kanoon::getName));
    }

    /** With another bundle: for tests. */
    FormMessages(ResourceBundle bundle, RegionLookup regions) {
        this(bundle, regions, id -> Optional.empty());
    }

    private FormMessages(ResourceBundle bundle, RegionLookup regions, LongFunction<Optional<String>> kanoonNames) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.kanoonNames = Objects.requireNonNull(kanoonNames, "kanoonNames");
    }

    /** The question the bot asks. */
    public String question(FieldDefinition field) {
        return text(field.questionKey());
    }

    /** The hint shown under the question, if the field has one. */
    public Optional<String> hint(FieldDefinition field) {
        return bundle.containsKey(field.hintKey()) ? Optional.of(text(field.hintKey())) : Optional.empty();
    }

    /** The short name of a field, for summaries and the back-office's table of answers. */
    public String label(String fieldKey) {
        return text(FieldDefinition.labelKey(fieldKey));
    }

    public String choiceLabel(Choice choice) {
        return text(choice.labelKey());
    }

    /** The name of a request type, e.g. for the title of a summary. */
    public String title(RequestType type) {
        return text(titleKey(type));
    }

    static String titleKey(RequestType type) {
        return TITLE_PREFIX + type.name();
    }

    /** The Persian reason a refused answer was refused; for a valid result, an IllegalArgumentException. */
    public String reason(FieldResult result) {
        if (result.valid()) {
            throw new IllegalArgumentException("A valid answer has no reason: " + result);
        }
        return format(result.reasonKey(), result.reasonArgs());
    }

    /**
     * A stored answer as a person reads it: Persian digits, Jalali dates, choice labels, the names of
     * provinces and counties. A skipped (null) answer reads «ثبت نشده». A value that no longer fits
     * the field (a code since removed) is shown as stored, in Persian digits, rather than failing.
     */
    public String display(FieldDefinition field, String normalizedValue) {
        if (normalizedValue == null || normalizedValue.isEmpty()) {
            return text(DISPLAY_EMPTY);
        }
        String v = normalizedValue;
        return switch (field.type()) {
            case TEXT, LONG_TEXT, NUMBER, NATIONAL_CODE, OWN_MOBILE, MOBILE, POSTAL_CODE -> PersianText.toPersianDigits(v);
            case JALALI_DATE -> date(v);
            case CHOICE, YES_NO -> field.findChoice(v).map(this::choiceLabel).orElse(PersianText.toPersianDigits(v));
            case MULTI_CHOICE -> list(Arrays.stream(v.split(","))
                    .map(code -> field.findChoice(code).map(this::choiceLabel).orElse(PersianText.toPersianDigits(code)))
                    .toList());
            case PROVINCE -> regions.provinceName(v).orElse(PersianText.toPersianDigits(v));
            case COUNTY -> regions.countyName(v).orElse(PersianText.toPersianDigits(v));
            case MOSQUE -> format(DISPLAY_MOSQUE, PersianText.toPersianDigits(v));
            case KANOON -> kanoon(v);
            case LOCATION -> location(v);
            case PHOTO -> text(DISPLAY_PHOTO);
            case DOCUMENT -> text(DISPLAY_DOCUMENT);
        };
    }

    /** The kanoon's name; its number only when it is not found (removed since, or a value not an id). */
    private String kanoon(String id) {
        Optional<String> name = id.chars().allMatch(c -> c >= '0' && c <= '9') && id.length() <= 18
                ? kanoonNames.apply(Long.parseLong(id)) : Optional.empty();
        return name.orElseGet(() -> format(DISPLAY_KANOON, PersianText.toPersianDigits(id)));
    }

    /** One line of a summary. */
    public record SummaryLine(String fieldKey, String label, String value) {
    }

    /** The answers of a form as label and displayed value, in the form's order, skipped fields included. */
    public List<SummaryLine> summary(FormDefinition form, Map<String, String> answers) {
        List<SummaryLine> lines = new ArrayList<>();
        for (FieldDefinition field : form.fields()) {
            lines.add(new SummaryLine(field.key(), label(field.key()), display(field, answers.get(field.key()))));
        }
        return lines;
    }

    /** Items joined by the Persian comma: «الف، ب، ج». */
    public String list(List<String> items) {
        return String.join(text(LIST_SEPARATOR), items);
    }

    /** Items in guillemets, joined by the Persian comma: ««الف»، «ب»». */
    String quotedList(List<String> items) {
        return list(items.stream().map(item -> "«" + item + "»").collect(Collectors.toList()));
    }

    /** The words that answer yes (or no) to a YES_NO question, besides the choice labels. */
    List<String> words(boolean yes) {
        String separator = text(LIST_SEPARATOR).strip();
        return Arrays.stream(text(yes ? WORDS_YES : WORDS_NO).split(separator))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private String date(String iso) {
        try {
            return JalaliDate.from(LocalDate.parse(iso)).format();
        } catch (RuntimeException notADate) {
            return PersianText.toPersianDigits(iso);
        }
    }

    private String location(String latLon) {
        String[] parts = latLon.split(",");
        if (parts.length != 2) {
            return PersianText.toPersianDigits(latLon);
        }
        return format(DISPLAY_LOCATION, PersianText.toPersianDigits(parts[0]), PersianText.toPersianDigits(parts[1]));
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), Locale.ROOT).format(args);
    }
}
