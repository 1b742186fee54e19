package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RawAnswer.Contact;
import ir.kanoonyar.db.form.RawAnswer.File;
import ir.kanoonyar.db.form.RawAnswer.Location;
import ir.kanoonyar.db.form.RawAnswer.Picked;
import ir.kanoonyar.db.form.RawAnswer.Skip;
import ir.kanoonyar.db.form.RawAnswer.Typed;
import ir.kanoonyar.db.form.RawAnswer.Unsupported;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static ir.kanoonyar.db.form.TestRegions.MAZANDARAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code i18n/forms.properties} and the code in step: every key a form, a field, a choice, a
 * reason or a displayed answer needs is in the bundle, the bundle holds no other key, and every
 * reason can actually be given.
 */
class FormBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern ASCII_DIGIT_OUTSIDE_PLACEHOLDER = Pattern.compile("[0-9](?![0-9]*[,}])");

    private final ResourceBundle bundle = ResourceBundle.getBundle(FormMessages.BUNDLE, Locale.ROOT);
    private final Forms forms = new Forms();

    /** The keys the code needs whatever the forms hold. */
    private static Set<String> fixedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (RequestType type : RequestType.values()) {
            keys.add(FormMessages.titleKey(type));
        }
        Stream.of(FieldReason.values()).map(FieldReason::key).forEach(keys::add);
        keys.addAll(List.of(FormMessages.LIST_SEPARATOR, FormMessages.DISPLAY_EMPTY, FormMessages.DISPLAY_LOCATION,
                FormMessages.DISPLAY_PHOTO, FormMessages.DISPLAY_DOCUMENT, FormMessages.DISPLAY_MOSQUE,
                FormMessages.DISPLAY_KANOON, FormMessages.WORDS_YES, FormMessages.WORDS_NO));
        return keys;
    }

    private List<FieldDefinition> allFields() {
        return forms.all().stream().flatMap(f -> f.fields().stream()).toList();
    }

    /** The keys every field of every form needs: question, label, and the labels of its choices. */
    private Set<String> fieldKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (FieldDefinition field : allFields()) {
            keys.add(field.questionKey());
            keys.add(field.labelKey());
            field.choices().forEach(c -> keys.add(c.labelKey()));
        }
        return keys;
    }

    @Test
    void everyKeyTheFormsNeedIsInTheBundle() {
        assertThat(bundle.keySet()).containsAll(fixedKeys()).containsAll(fieldKeys());
    }

    @Test
    void noKeyIsUnused() {
        Set<String> hints = allFields().stream().map(FieldDefinition::hintKey).collect(Collectors.toSet());
        Set<String> extra = new TreeSet<>(bundle.keySet());
        extra.removeAll(fixedKeys());
        extra.removeAll(fieldKeys());
        extra.removeAll(hints);
        assertThat(extra).as("keys nothing uses").isEmpty();
    }

    @Test
    void everyFieldOfEveryFormCanBeAsked() {
        FormMessages messages = new FormMessages();
        for (FormDefinition form : forms.all()) {
            assertThat(messages.title(form.type())).isNotBlank();
            for (FieldDefinition field : form.fields()) {
                assertThat(messages.question(field)).as(field.key()).isNotBlank();
                assertThat(messages.label(field.key())).as(field.key()).isNotBlank();
                field.choices().forEach(c -> assertThat(messages.choiceLabel(c)).isNotBlank());
            }
        }
    }

    @Test
    void eachReasonUsesExactlyTheArgumentsTheValidatorPasses() {
        for (FieldReason reason : FieldReason.values()) {
            String pattern = bundle.getString(reason.key());
            Set<Integer> used = new HashSet<>();
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            while (matcher.find()) {
                used.add(Integer.parseInt(matcher.group(1)));
            }
            assertThat(used).as(reason.key())
                    .isEqualTo(IntStream.range(0, reason.arguments()).boxed().collect(Collectors.toSet()));
        }
    }

    @Test
    void noTextUsesTheMessageFormatQuote() {
        for (String key : bundle.keySet()) {
            assertThat(bundle.getString(key)).as(key).doesNotContain("'");
            new MessageFormat(bundle.getString(key), Locale.ROOT); // parses
        }
    }

    @Test
    void everyTextIsPersian() {
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            assertThat(text).as(key).isNotBlank()
                    .containsPattern("[\\u0600-\\u06FF]")
                    // Persian ی and ک, not the Arabic letters
                    .doesNotContain("\u064A", "\u0643", "\u0649");
            assertThat(ASCII_DIGIT_OUTSIDE_PLACEHOLDER.matcher(text).find())
                    .as(key + " has a Latin digit; write ۰–۹, or pass numbers as arguments")
                    .isFalse();
        }
    }

    @Test
    void theBundleIsReadAsUtf8AndKeepsTheSeparatorsSpace() {
        assertThat(bundle.getString("form.choice.gender.female")).isEqualTo("زن");
        assertThat(bundle.getString(FormMessages.LIST_SEPARATOR)).isEqualTo("، ");
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/forms.properties")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!")) {
                    keys.add(l.substring(0, l.indexOf('=')).strip());
                }
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    /** Every reason in the bundle is one the validator really gives, for some answer. */
    @Test
    void everyReasonCanBeGiven() {
        FormMessages messages = new FormMessages(TestRegions.lookup());
        FieldValidator validator = new FieldValidator(TestRegions.lookup(), messages, FieldValidatorTest.CLOCK);
        List<FieldDefinition> fields = new ArrayList<>(allFields());
        fields.add(FieldDefinition.mosque("mosque"));
        fields.add(new FieldDefinition("first_name", FieldType.TEXT, true, null, 3, 5, null));
        fields.add(FieldDefinition.date("effective_date", 0, 10));
        fields.add(FieldDefinition.multiChoice("activity_areas", 1, 2, "quran", "book", "film"));
        List<RawAnswer> answers = List.of(
                new Skip(), new Typed(""), new Typed("..."), new Typed("اب"), new Typed("ابپتثجچ"), new Typed("ا".repeat(1001)),
                new Typed("صد"), new Typed("5"), new Typed("999999"), new Typed("0499370898"), new Typed("1234567"),
                new Typed("1111111111"), new Typed("کد"), new Typed("02112345678"), new Typed("0912123456"),
                new Typed("1375/13/01"), new Typed("0000/01/01"), new Typed("1404/12/30"), new Typed("75/1/1"),
                new Typed("1996/09/11"), new Typed("1450/01/01"), new Typed("1250/01/01"), new Typed("1405/09/01"),
                new Typed("ورزش"), new Typed("سرود، ورزش"), new Typed("مازندرن"), new Typed("خوزستان"), new Typed("گرگان"),
                new Typed("نو"), new Typed("اصفهان"), new Typed("123456789"), new Typed("Ali"), new Typed("1300/01/01"),
                new Picked("quran,book,film"), new Picked(""), new Picked("99"), new Picked("42"),
                new Contact("+989121234567", false), new Contact("+447700900123", true),
                new Location(48.85, 2.35),
                new File("BQAD", "a.pdf", "application/pdf", 1000L, false),
                new File("AwAD", "a.mp3", "audio/mpeg", 1000L, false),
                new File("AgAD", null, "image/jpeg", FieldValidator.MAX_FILE_BYTES + 1, true),
                new Unsupported("sticker"));
        Set<String> given = new HashSet<>();
        for (FieldDefinition field : fields) {
            for (Map<String, String> so : List.of(Map.<String, String>of(), Map.of("province", MAZANDARAN))) {
                for (RawAnswer answer : answers) {
                    FieldResult result = validator.validate(field, answer, so);
                    if (!result.valid()) {
                        given.add(result.reasonKey());
                        assertThat(messages.reason(result)).as(result.toString())
                                .doesNotContain("{").doesNotContainPattern("[0-9]");
                    }
                }
            }
        }
        assertThat(given).containsExactlyInAnyOrderElementsOf(Stream.of(FieldReason.values()).map(FieldReason::key).toList());
    }
}
