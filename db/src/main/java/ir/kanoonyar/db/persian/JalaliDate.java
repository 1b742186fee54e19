package ir.kanoonyar.db.persian;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.kanoonyar.db.persian.ParseResult.Reason;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the Solar Hijri (Jalali) calendar, the one every date shown to or typed by a person is in.
 *
 * <p>The calendar arithmetic is ICU4J's. Its public entry point is {@code Calendar.getInstance} with
 * {@code @calendar=persian}; the {@code PersianCalendar} class itself is marked internal (deprecated)
 * in ICU4J. Conversions go through midnight UTC of the Gregorian day, so no time zone or daylight
 * rule can shift a date.
 *
 * @param month 1 (Farvardin) to 12 (Esfand)
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    /** The zone in which a Persian day starts and ends, whatever zone the server runs in. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    private static final ULocale PERSIAN_CALENDAR = new ULocale("fa_IR@calendar=persian");

    /**
     * Never changed after it is built: each use takes a clone. Calendar.getInstance resolves the locale and
     * the calendar service on every call, which a profile of the inbox (a date per row) showed as 13% of the
     * CPU; a clone copies a few arrays.
     */
    private static final Calendar PROTOTYPE = cleared(Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN_CALENDAR));
    private static final long MILLIS_PER_DAY = 86_400_000L;

    // Written out rather than read from ICU's locale data, so that a CLDR update cannot change
    // what people see (e.g. «امرداد» for «مرداد»).
    private static final List<String> MONTH_NAMES = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    /** yyyy/m/d or yyyy-m-d; the year in four digits, so that 03/5/1 is not read as year 3. */
    private static final Pattern TYPED = Pattern.compile("([0-9]{4})([/-])([0-9]{1,2})\\2([0-9]{1,2})");

    private static final Comparator<JalaliDate> ORDER = Comparator.comparingInt(JalaliDate::year)
            .thenComparingInt(JalaliDate::month)
            .thenComparingInt(JalaliDate::day);

    /** @throws DateTimeException if there is no such date */
    public JalaliDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Jalali year out of range: " + year);
        }
        if (day < 1 || day > lengthOfMonth(year, month)) {
            throw new DateTimeException("No such Jalali date: " + year + "/" + month + "/" + day);
        }
    }

    /** @throws DateTimeException if there is no such date */
    public static JalaliDate of(int year, int month, int day) {
        return new JalaliDate(year, month, day);
    }

    /** @throws DateTimeException if the date falls outside Jalali years 1–9999 */
    public static JalaliDate from(LocalDate date) {
        Calendar calendar = persianCalendar();
        calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
        return new JalaliDate(
                calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** The date at that instant in that zone; for what a person in Iran calls the date, use {@link #TEHRAN}. */
    public static JalaliDate of(Instant instant, ZoneId zone) {
        return from(instant.atZone(zone).toLocalDate());
    }

    /**
     * Today in Tehran. The clock's own zone is ignored on purpose: servers run in UTC, where the
     * day changes three and a half hours after it does in Iran.
     */
    public static JalaliDate today(Clock clock) {
        return of(clock.instant(), TEHRAN);
    }

    /**
     * Reads a date as typed: {@code 1403/12/30}, {@code 1403-12-30}, {@code 1403/1/5}, in ASCII,
     * Persian or Arabic digits, spaces allowed.
     *
     * @return the date, or one of EMPTY, BAD_FORMAT, YEAR_OUT_OF_RANGE, MONTH_OUT_OF_RANGE,
     *         DAY_OUT_OF_RANGE (e.g. 31 Mehr, or 30 Esfand of a common year)
     */
    public static ParseResult<JalaliDate> parse(String input) {
        String typed = PersianText.withoutSpaces(input);
        if (typed.isEmpty()) {
            return ParseResult.invalid(Reason.EMPTY);
        }
        Matcher parts = TYPED.matcher(typed);
        if (!parts.matches()) {
            return ParseResult.invalid(Reason.BAD_FORMAT);
        }
        int year = Integer.parseInt(parts.group(1));
        int month = Integer.parseInt(parts.group(3));
        int day = Integer.parseInt(parts.group(4));
        if (year < MIN_YEAR) {
            return ParseResult.invalid(Reason.YEAR_OUT_OF_RANGE);
        }
        if (month < 1 || month > 12) {
            return ParseResult.invalid(Reason.MONTH_OUT_OF_RANGE);
        }
        if (day < 1 || day > lengthOfMonth(year, month)) {
            return ParseResult.invalid(Reason.DAY_OUT_OF_RANGE);
        }
        return ParseResult.valid(new JalaliDate(year, month, day));
    }

    /** Whether Esfand of that year has 30 days, as ICU reckons it. */
    public static boolean isLeapYear(int year) {
        Calendar calendar = persianCalendar();
        calendar.set(year, 0, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_YEAR) == 366;
    }

    /** @throws DateTimeException if month is not 1–12 */
    public static int lengthOfMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Jalali month out of range: " + month);
        }
        Calendar calendar = persianCalendar();
        calendar.set(year, month - 1, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    public LocalDate toLocalDate() {
        Calendar calendar = persianCalendar();
        calendar.set(year, month - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    /** The Persian name of the month, e.g. «اسفند». */
    public String monthName() {
        return MONTH_NAMES.get(month - 1);
    }

    /** For display: {@code ۱۴۰۳/۱۲/۳۰}. */
    public String format() {
        return PersianText.toPersianDigits(toString());
    }

    /** For display in a sentence: {@code ۳۰ اسفند ۱۴۰۳}. */
    public String formatLong() {
        return PersianText.toPersianDigits(day + " " + monthName() + " " + year);
    }

    /** The time of day in Tehran, Persian digits: {@code ۱۴:۳۰}. */
    public static String tehranTime(Instant at) {
        return PersianText.toPersianDigits(HOURS_MINUTES.format(at.atZone(TEHRAN)));
    }

    /** A day and time in Tehran as read in a sentence: {@code ۷ آذر ۱۴۰۵ ۱۴:۳۰}. */
    public static String tehranDayAndTime(Instant at) {
        return of(at, TEHRAN).formatLong() + " " + tehranTime(at);
    }

    /** {@code 1403/12/30}, ASCII digits, for logs and machine-readable text. */
    @Override
    public String toString() {
        // Locale.ROOT: under a Persian default locale, %d would write Persian digits.
        return String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day);
    }

    @Override
    public int compareTo(JalaliDate other) {
        return ORDER.compare(this, other);
    }

    private static Calendar cleared(Calendar calendar) {
        calendar.clear();
        return calendar;
    }

    /** A fresh, cleared calendar: ICU calendars are mutable and not thread-safe. */
    private static Calendar persianCalendar() {
        return (Calendar) PROTOTYPE.clone();
    }
}
