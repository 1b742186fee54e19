package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RawAnswer.Contact;
import ir.kanoonyar.db.form.RawAnswer.File;
import ir.kanoonyar.db.form.RawAnswer.Location;
import ir.kanoonyar.db.form.RawAnswer.Picked;
import ir.kanoonyar.db.form.RawAnswer.Skip;
import ir.kanoonyar.db.form.RawAnswer.Typed;
import ir.kanoonyar.db.form.RegionLookup.Region;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.persian.NationalCode;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.PostalCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one answer against its field and normalises it for storage, or gives the Persian reason
 * (a bundle key and its arguments) it is refused. Never throws on what a person sends; stateless
 * and thread-safe.
 *
 * <p>Stored forms: national code ten ASCII digits; mobile 09XXXXXXXXX; dates ISO yyyy-MM-dd
 * (Gregorian); province and county their codes; choices their codes (multi-choice comma-joined in
 * the field's order); yes/no "yes" or "no"; location "lat,lon" (at most six decimals); files the
 * messenger's file id; numbers plain ASCII digits; text normalised by {@link PersianText#normalize}
 * (ASCII digits, Persian ی and ک, ZWNJ kept; one line for TEXT).
 */
@Component
public class FieldValidator {

    /** Bot API bots cannot download larger files (getFile's limit). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** How many similar names are suggested for a province or county not found. */
    public static final int SUGGESTIONS = 3;

    /** Iran's extent with a margin: a location outside this box is not in Iran. */
    static final double IRAN_SOUTH = 24.5;
    static final double IRAN_NORTH = 40.0;
    static final double IRAN_WEST = 43.5;
    static final double IRAN_EAST = 63.5;

    /** Jalali years from here on are (in these forms) Gregorian years typed by mistake. */
    static final int GREGORIAN_LOOKING_YEAR = 1700;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    /** 1,200 or 1٬200: thousands separators between groups of three digits. */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}([,\u066C][0-9]{3})+");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[.\\\\\u066B]");
    private static final Pattern TYPED_YEAR = Pattern.compile("^\\s*([0-9]{4})\\s*[/-]");
    private static final Pattern LIST_ITEM_SEPARATORS = Pattern.compile("[,\u060C;\u061B\n]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\n\\s*");
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final int ECHO_MAX_LENGTH = 40;
    /** The half-space of Persian spelling (محمدرضا written محمد‌رضا). */
    private static final int ZWNJ = '\u200C';

    /** The ages an applicant's birth date ({@link FieldRule#AGE_RANGE}) may give unless set otherwise. */
    public static final int YOUNGEST_AGE = 15;
    public static final int OLDEST_AGE = 90;

    private final RegionLookup regions;
    private final FormMessages messages;
    private final Clock clock;
    private final int youngestAge;
    private final int oldestAge;

    /** With the bundle's messages and the system clock. */
    public FieldValidator(RegionLookup regions) {
        this(regions, new FormMessages(regions), Clock.systemUTC());
    }

    /** With the default age range. */
    public FieldValidator(RegionLookup regions, FormMessages messages, Clock clock) {
        this(regions, messages, clock, YOUNGEST_AGE, OLDEST_AGE);
    }

    @Autowired
    public FieldValidator(RegionLookup regions, FormMessages messages, Clock clock,
                          @Value("${kanoonyar.forms.youngest-age:" + YOUNGEST_AGE + "}") int youngestAge,
                          @Value("${kanoonyar.forms.oldest-age:" + OLDEST_AGE + "}") int oldestAge) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (youngestAge < 0 || oldestAge < youngestAge) {
            throw new IllegalArgumentException("kanoonyar.forms ages: youngest " + youngestAge + ", oldest " + oldestAge);
        }
        this.youngestAge = youngestAge;
        this.oldestAge = oldestAge;
    }

    /**
     * Validates an answer. For MOSQUE and KANOON fields the offered ids are the field's choices'
     * codes, which the form definitions leave empty: call {@link #validate(FieldDefinition, RawAnswer,
     * Map, Collection)} with the ids the bot offered.
     *
     * @param answersSoFar the stored answers of the form so far, by field key (a COUNTY field reads
     *                     its province there)
     */
    public FieldResult validate(FieldDefinition field, RawAnswer answer, Map<String, String> answersSoFar) {
        return validate(field, answer, answersSoFar, null);
    }

    /**
     * Validates an answer.
     *
     * @param offeredIds for MOSQUE and KANOON fields, the ids (as strings) the bot offered; null to use the
     *                   field's choices. Ignored for other fields.
     */
    public FieldResult validate(FieldDefinition field, RawAnswer answer, Map<String, String> answersSoFar,
                                Collection<String> offeredIds) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(answer, "answer");
        Map<String, String> answers = answersSoFar == null ? Map.of() : answersSoFar;
        if (answer instanceof Skip) {
            return field.required() ? FieldReason.REQUIRED.result() : FieldResult.skipped();
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> typed(field, answer, FieldReason.EXPECTED_TEXT, text -> text(field, text));
            case NUMBER -> typed(field, answer, FieldReason.EXPECTED_NUMBER, text -> number(field, text));
            case NATIONAL_CODE -> typed(field, answer, FieldReason.EXPECTED_TEXT, this::nationalCode);
            case OWN_MOBILE -> ownMobile(answer);
            case MOBILE -> mobile(answer);
            case JALALI_DATE -> typed(field, answer, FieldReason.EXPECTED_DATE, text -> date(field, text));
            case POSTAL_CODE -> typed(field, answer, FieldReason.EXPECTED_TEXT, this::postalCode);
            case CHOICE -> choice(field, answer);
            case MULTI_CHOICE -> multiChoice(field, answer);
            case YES_NO -> yesNo(field, answer);
            case PROVINCE -> province(answer);
            case COUNTY -> county(field, answer, answers);
            case MOSQUE, KANOON -> picked(field, answer, offeredIds);
            case LOCATION -> location(answer);
            case PHOTO -> photo(answer);
            case DOCUMENT -> document(answer);
        };
    }

    private interface TextCheck {
        FieldResult check(String text);
    }

    /** Typed text through the check; any other answer refused with {@code otherwise}. */
    private static FieldResult typed(FieldDefinition field, RawAnswer answer, FieldReason otherwise, TextCheck check) {
        if (answer instanceof Typed typed) {
            String normalized = PersianText.normalize(typed.text());
            if (normalized.isEmpty()) {
                return FieldReason.EMPTY.result();
            }
            return check.check(normalized);
        }
        return otherwise.result();
    }

    // ---- text and numbers ----

    private FieldResult text(FieldDefinition field, String text) {
        String value = field.type() == FieldType.TEXT ? LINE_BREAKS.matcher(text).replaceAll(" ") : text;
        if (value.codePoints().noneMatch(Character::isLetter)) {
            return FieldReason.TEXT_NO_LETTERS.result();
        }
        int length = value.codePointCount(0, value.length());
        // The one check of a free-text answer's length, made when it is typed: it then fits every column it
        // is copied to (AnswerColumns), so nothing fails later on write.
        int max = field.maxLength();
        if (length > max) {
            return FieldReason.TEXT_TOO_LONG.result(digits(max), digits(length));
        }
        if (field.min() != null && length < field.min()) {
            return FieldReason.TEXT_TOO_SHORT.result(digits(field.min()));
        }
        if (field.rule() == FieldRule.PERSON_NAME) {
            return personName(value);
        }
        return FieldResult.ok(value);
    }

    /** Persian letters (with their marks, e.g. the hamza of «ٔ»), spaces and half-spaces only. */
    private static FieldResult personName(String name) {
        for (int c : name.codePoints().toArray()) {
            if (c == ' ' || c == ZWNJ) {
                continue;
            }
            boolean letter = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
            // The marks (hamza above, tashdid, kasra…) count as Unicode's "inherited" script, not Arabic.
            boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
            if (letter || mark) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                return FieldReason.NAME_LATIN.result();
            }
            return FieldReason.NAME_NOT_LETTER.result(echo(Character.toString(c)));
        }
        return FieldResult.ok(name);
    }

    private FieldResult number(FieldDefinition field, String text) {
        String compact = text.replace(" ", "");
        if (GROUPED_NUMBER.matcher(compact).matches()) {
            compact = compact.replace(",", "").replace("\u066C", "");
        }
        if (!WHOLE_NUMBER.matcher(compact).matches()) {
            return FieldReason.NUMBER_NOT_NUMBER.result();
        }
        BigInteger number = new BigInteger(compact);
        if (field.min() != null && number.compareTo(BigInteger.valueOf(field.min())) < 0) {
            return FieldReason.NUMBER_TOO_SMALL.result(digits(field.min()));
        }
        if (field.max() != null && number.compareTo(BigInteger.valueOf(field.max())) > 0) {
            return FieldReason.NUMBER_TOO_LARGE.result(digits(field.max()));
        }
        return FieldResult.ok(number.toString());
    }

    // ---- codes ----

    private FieldResult nationalCode(String text) {
        ParseResult<String> parsed = NationalCode.parse(text);
        if (parsed.isValid()) {
            return FieldResult.ok(parsed.value());
        }
        return switch (parsed.reason()) {
            case EMPTY -> FieldReason.EMPTY.result();
            case WRONG_LENGTH -> FieldReason.NATIONAL_CODE_WRONG_LENGTH.result();
            case ALL_SAME -> FieldReason.NATIONAL_CODE_ALL_SAME.result();
            case BAD_CHECKSUM -> FieldReason.NATIONAL_CODE_BAD_CHECKSUM.result();
            default -> FieldReason.NATIONAL_CODE_NOT_DIGITS.result();
        };
    }

    private FieldResult postalCode(String text) {
        ParseResult<String> parsed = PostalCode.parse(text);
        if (parsed.isValid()) {
            return FieldResult.ok(parsed.value());
        }
        return switch (parsed.reason()) {
            case EMPTY -> FieldReason.EMPTY.result();
            case WRONG_LENGTH -> FieldReason.POSTAL_CODE_WRONG_LENGTH.result();
            default -> FieldReason.POSTAL_CODE_NOT_DIGITS.result();
        };
    }

    private FieldResult ownMobile(RawAnswer answer) {
        if (!(answer instanceof Contact contact)) {
            return FieldReason.EXPECTED_OWN_CONTACT.result();
        }
        if (!contact.sendersOwn()) {
            return FieldReason.MOBILE_NOT_OWN.result();
        }
        return mobileNumber(contact.phone());
    }

    /** Someone else's number: typed, or their contact shared. */
    private FieldResult mobile(RawAnswer answer) {
        if (answer instanceof Typed typed) {
            return mobileNumber(typed.text());
        }
        if (answer instanceof Contact contact) {
            return mobileNumber(contact.phone());
        }
        return FieldReason.EXPECTED_MOBILE.result();
    }

    private static FieldResult mobileNumber(String text) {
        ParseResult<String> parsed = MobileNumber.parse(text);
        if (parsed.isValid()) {
            return FieldResult.ok(parsed.value());
        }
        return switch (parsed.reason()) {
            case EMPTY -> FieldReason.EMPTY.result();
            case NOT_MOBILE -> FieldReason.MOBILE_NOT_MOBILE.result();
            case WRONG_LENGTH -> FieldReason.MOBILE_WRONG_LENGTH.result();
            default -> FieldReason.MOBILE_NOT_DIGITS.result();
        };
    }

    // ---- dates ----

    private FieldResult date(FieldDefinition field, String text) {
        String typed = DATE_SEPARATORS.matcher(text).replaceAll("/");
        Matcher year = TYPED_YEAR.matcher(typed);
        if (year.find() && Integer.parseInt(year.group(1)) >= GREGORIAN_LOOKING_YEAR) {
            return FieldReason.DATE_LOOKS_GREGORIAN.result();
        }
        ParseResult<JalaliDate> parsed = JalaliDate.parse(typed);
        if (!parsed.isValid()) {
            return switch (parsed.reason()) {
                case EMPTY -> FieldReason.EMPTY.result();
                case YEAR_OUT_OF_RANGE -> FieldReason.DATE_YEAR_OUT_OF_RANGE.result();
                case MONTH_OUT_OF_RANGE -> FieldReason.DATE_MONTH_OUT_OF_RANGE.result();
                case DAY_OUT_OF_RANGE -> FieldReason.DATE_DAY_OUT_OF_RANGE.result();
                default -> FieldReason.DATE_BAD_FORMAT.result();
            };
        }
        LocalDate date = parsed.value().toLocalDate();
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        if (field.max() != null) {
            LocalDate latest = today.plusDays(field.max());
            if (date.isAfter(latest)) {
                return field.max() == 0 ? FieldReason.DATE_IN_FUTURE.result()
                        : FieldReason.DATE_TOO_LATE.result(JalaliDate.from(latest).format());
            }
        }
        if (field.min() != null) {
            LocalDate earliest = today.plusDays(field.min());
            if (date.isBefore(earliest)) {
                return field.min() == 0 ? FieldReason.DATE_IN_PAST.result()
                        : FieldReason.DATE_TOO_EARLY.result(JalaliDate.from(earliest).format());
            }
        }
        if (field.rule() == FieldRule.AGE_RANGE) {
            return age(parsed.value(), date);
        }
        return FieldResult.ok(date.toString());
    }

    /** Whole Jalali years from the birth date to today in Tehran, within the set range. */
    private FieldResult age(JalaliDate birth, LocalDate date) {
        JalaliDate today = JalaliDate.today(clock);
        boolean birthdayToCome = today.month() < birth.month()
                || (today.month() == birth.month() && today.day() < birth.day());
        int age = today.year() - birth.year() - (birthdayToCome ? 1 : 0);
        if (age < youngestAge) {
            return FieldReason.AGE_TOO_YOUNG.result(digits(youngestAge));
        }
        if (age > oldestAge) {
            return FieldReason.AGE_TOO_OLD.result(digits(oldestAge));
        }
        return FieldResult.ok(date.toString());
    }

    // ---- choices ----

    private FieldResult choice(FieldDefinition field, RawAnswer answer) {
        Optional<Choice> chosen;
        if (answer instanceof Picked picked) {
            chosen = field.findChoice(picked.code());
        } else if (answer instanceof Typed typed) {
            chosen = typedChoice(field, typed.text());
        } else {
            return FieldReason.EXPECTED_CHOICE.result();
        }
        return chosen.map(c -> FieldResult.ok(c.code()))
                .orElseGet(() -> FieldReason.CHOICE_UNKNOWN.result(options(field)));
    }

    /** A choice typed: its label (as on a reply keyboard) or its code, spelling variants allowed. */
    private Optional<Choice> typedChoice(FieldDefinition field, String typed) {
        String key = PersianText.matchKey(typed);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return field.choices().stream()
                .filter(c -> key.equals(PersianText.matchKey(messages.choiceLabel(c))) || key.equals(PersianText.matchKey(c.code())))
                .findFirst();
    }

    /**
     * Picked: the codes the bot collected from the toggled buttons, comma-joined. Typed: labels or
     * codes separated by commas (, or ،), semicolons or lines.
     */
    private FieldResult multiChoice(FieldDefinition field, RawAnswer answer) {
        List<String> items;
        boolean typed;
        if (answer instanceof Picked picked) {
            items = List.of(picked.code().split(","));
            typed = false;
        } else if (answer instanceof Typed t) {
            items = List.of(LIST_ITEM_SEPARATORS.split(PersianText.normalize(t.text())));
            typed = true;
        } else {
            return FieldReason.EXPECTED_CHOICE.result();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String item : items) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<Choice> choice = typed ? typedChoice(field, trimmed) : field.findChoice(trimmed);
            if (choice.isEmpty()) {
                return FieldReason.MULTI_CHOICE_UNKNOWN.result(echo(trimmed), options(field));
            }
            codes.add(choice.get().code());
        }
        int fewest = field.min() != null ? field.min() : 1;
        if (codes.size() < fewest) {
            return codes.isEmpty() && typed ? FieldReason.EMPTY.result() : FieldReason.MULTI_CHOICE_TOO_FEW.result(digits(fewest));
        }
        if (field.max() != null && codes.size() > field.max()) {
            return FieldReason.MULTI_CHOICE_TOO_MANY.result(digits(field.max()));
        }
        List<String> ordered = field.choices().stream().map(Choice::code).filter(codes::contains).toList();
        return FieldResult.ok(String.join(",", ordered));
    }

    private FieldResult yesNo(FieldDefinition field, RawAnswer answer) {
        if (answer instanceof Picked picked) {
            return field.findChoice(picked.code()).map(c -> FieldResult.ok(c.code()))
                    .orElseGet(FieldReason.EXPECTED_YES_NO::result);
        }
        if (answer instanceof Typed typed) {
            Optional<Choice> chosen = typedChoice(field, typed.text());
            if (chosen.isPresent()) {
                return FieldResult.ok(chosen.get().code());
            }
            String key = PersianText.matchKey(typed.text());
            if (messages.words(true).stream().map(PersianText::matchKey).anyMatch(key::equals)) {
                return FieldResult.ok(FieldDefinition.YES);
            }
            if (messages.words(false).stream().map(PersianText::matchKey).anyMatch(key::equals)) {
                return FieldResult.ok(FieldDefinition.NO);
            }
        }
        return FieldReason.EXPECTED_YES_NO.result();
    }

    private String options(FieldDefinition field) {
        return messages.list(field.choices().stream().map(messages::choiceLabel).toList());
    }

    // ---- regions ----

    private FieldResult province(RawAnswer answer) {
        if (answer instanceof Picked picked) {
            return regions.provinceName(picked.code()).isPresent() ? FieldResult.ok(picked.code())
                    : FieldReason.REGION_NOT_OFFERED.result();
        }
        if (!(answer instanceof Typed typed)) {
            return FieldReason.EXPECTED_REGION.result();
        }
        String name = PersianText.normalize(typed.text());
        if (name.isEmpty()) {
            return FieldReason.EMPTY.result();
        }
        Optional<String> code = regions.provinceCode(name);
        if (code.isPresent()) {
            return FieldResult.ok(code.get());
        }
        List<Region> similar = regions.provinceSuggestions(name, SUGGESTIONS);
        return similar.isEmpty() ? FieldReason.PROVINCE_NOT_FOUND.result(echo(name))
                : FieldReason.PROVINCE_NOT_FOUND_SUGGEST.result(echo(name), names(similar));
    }

    private FieldResult county(FieldDefinition field, RawAnswer answer, Map<String, String> answers) {
        String provinceCode = answers.get(field.dependsOn());
        Optional<String> provinceName = provinceCode == null ? Optional.empty() : regions.provinceName(provinceCode);
        if (provinceName.isEmpty()) {
            return FieldReason.COUNTY_PROVINCE_FIRST.result();
        }
        if (answer instanceof Picked picked) {
            return provinceCode.equals(regions.provinceOf(picked.code()).orElse(null)) ? FieldResult.ok(picked.code())
                    : FieldReason.REGION_NOT_OFFERED.result();
        }
        if (!(answer instanceof Typed typed)) {
            return FieldReason.EXPECTED_REGION.result();
        }
        String name = PersianText.normalize(typed.text());
        if (name.isEmpty()) {
            return FieldReason.EMPTY.result();
        }
        Optional<String> code = regions.countyCode(provinceCode, name);
        if (code.isPresent()) {
            return FieldResult.ok(code.get());
        }
        List<Region> elsewhere = regions.countiesNamed(name);
        if (!elsewhere.isEmpty()) {
            Region county = elsewhere.get(0);
            String itsProvince = regions.provinceOf(county.code()).flatMap(regions::provinceName).orElse("");
            return FieldReason.COUNTY_IN_OTHER_PROVINCE.result(county.name(), itsProvince, provinceName.get());
        }
        List<Region> similar = regions.countySuggestions(provinceCode, name, SUGGESTIONS);
        return similar.isEmpty() ? FieldReason.COUNTY_NOT_FOUND.result(echo(name), provinceName.get())
                : FieldReason.COUNTY_NOT_FOUND_SUGGEST.result(echo(name), provinceName.get(), names(similar));
    }

    private String names(List<Region> regions) {
        return messages.quotedList(regions.stream().map(Region::name).toList());
    }

    // ---- picked from a list ----

    private static FieldResult picked(FieldDefinition field, RawAnswer answer, Collection<String> offeredIds) {
        if (!(answer instanceof Picked picked)) {
            return FieldReason.EXPECTED_PICK.result();
        }
        Collection<String> offered = offeredIds != null ? offeredIds
                : field.choices().stream().map(Choice::code).toList();
        return offered.contains(picked.code()) ? FieldResult.ok(picked.code()) : FieldReason.PICK_NOT_OFFERED.result();
    }

    // ---- location and files ----

    private static FieldResult location(RawAnswer answer) {
        if (!(answer instanceof Location location)) {
            return FieldReason.EXPECTED_LOCATION.result();
        }
        double lat = location.lat();
        double lon = location.lon();
        if (!(lat >= IRAN_SOUTH && lat <= IRAN_NORTH && lon >= IRAN_WEST && lon <= IRAN_EAST)) {
            return FieldReason.LOCATION_OUTSIDE_IRAN.result();
        }
        return FieldResult.ok(degrees(lat) + "," + degrees(lon));
    }

    /** Six decimals (about 10 cm), as the mosque table stores them, without trailing zeros. */
    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static FieldResult photo(RawAnswer answer) {
        if (!(answer instanceof File file)) {
            return FieldReason.EXPECTED_PHOTO.result();
        }
        if (!file.photo() && !IMAGE_TYPES.contains(mimeType(file))) {
            return FieldReason.FILE_NOT_IMAGE.result();
        }
        return sized(file);
    }

    /** A document, or a photo of one. Audio, video and programs are refused by their declared type. */
    private static FieldResult document(RawAnswer answer) {
        if (!(answer instanceof File file)) {
            return FieldReason.EXPECTED_DOCUMENT.result();
        }
        String type = mimeType(file);
        if (type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/vnd.android.package-archive")
                || type.equals("application/x-msdownload") || type.equals("application/x-executable")) {
            return FieldReason.FILE_TYPE_NOT_ALLOWED.result();
        }
        return sized(file);
    }

    private static String mimeType(File file) {
        return file.mimeType() == null ? "" : file.mimeType().strip().toLowerCase(Locale.ROOT);
    }

    private static FieldResult sized(File file) {
        if (file.sizeBytes() != null && file.sizeBytes() > MAX_FILE_BYTES) {
            return FieldReason.FILE_TOO_LARGE.result(digits(MAX_FILE_BYTES / (1024 * 1024)));
        }
        return FieldResult.ok(file.fileId());
    }

    // ---- helpers ----

    /** What the person typed, for quoting in a reason: Persian digits, cut short if long. */
    private static String echo(String typed) {
        String shown = typed.codePointCount(0, typed.length()) > ECHO_MAX_LENGTH
                ? typed.substring(0, typed.offsetByCodePoints(0, ECHO_MAX_LENGTH)) + "…"
                : typed;
        return PersianText.toPersianDigits(shown);
    }

    private static String digits(long number) {
        return PersianText.toPersianDigits(Long.toString(number));
    }
}
