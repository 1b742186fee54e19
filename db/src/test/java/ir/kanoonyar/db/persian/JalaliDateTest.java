package ir.kanoonyar.db.persian;

import ir.kanoonyar.db.persian.ParseResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JalaliDateTest {

    /** Known days, from the official calendar and well-known events; ICU must agree with each. */
    @ParameterizedTest(name = "{0}/{1}/{2} = {3}")
    @CsvSource({
            "1403, 12, 30, 2025-03-20",  // Esfand 30 of leap year 1403
            "1399, 12, 30, 2021-03-20",  // Esfand 30 of leap year 1399
            "1404,  1,  1, 2025-03-21",
            "1403,  1,  1, 2024-03-20",
            "1402, 12, 29, 2024-03-19",
            "1404, 12, 29, 2026-03-20",
            "1405,  1,  1, 2026-03-21",
            "1400,  1,  1, 2021-03-21",
            "1399,  1,  1, 2020-03-20",
            "1395,  1,  1, 2016-03-20",
            "1375,  1,  1, 1996-03-20",
            "1358,  1,  1, 1979-03-21",
            "1357, 11, 22, 1979-02-11",  // 22 Bahman, the revolution
            "1354,  1,  1, 1975-03-21"
    })
    void convertsKnownDaysBothWays(int year, int month, int day, LocalDate gregorian) {
        JalaliDate jalali = JalaliDate.of(year, month, day);

        assertThat(jalali.toLocalDate()).isEqualTo(gregorian);
        assertThat(JalaliDate.from(gregorian)).isEqualTo(jalali);
    }

    @ParameterizedTest
    @ValueSource(ints = {1395, 1399, 1403, 1408})
    void esfand30ExistsInLeapYears(int year) {
        assertThat(JalaliDate.isLeapYear(year)).isTrue();
        assertThat(JalaliDate.lengthOfMonth(year, 12)).isEqualTo(30);
        assertThat(JalaliDate.parse(year + "/12/30").value()).isEqualTo(JalaliDate.of(year, 12, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 1401, 1402, 1404, 1405, 1406, 1407})
    void esfand30IsRejectedInCommonYears(int year) {
        assertThat(JalaliDate.isLeapYear(year)).isFalse();
        assertThat(JalaliDate.lengthOfMonth(year, 12)).isEqualTo(29);
        assertThat(JalaliDate.parse(year + "/12/30")).isEqualTo(ParseResult.invalid(Reason.DAY_OUT_OF_RANGE));
        assertThatThrownBy(() -> JalaliDate.of(year, 12, 30)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void firstSixMonthsHave31DaysAndTheNextFive30() {
        for (int month = 1; month <= 6; month++) {
            assertThat(JalaliDate.lengthOfMonth(1403, month)).as("month %d", month).isEqualTo(31);
        }
        for (int month = 7; month <= 11; month++) {
            assertThat(JalaliDate.lengthOfMonth(1403, month)).as("month %d", month).isEqualTo(30);
            assertThat(JalaliDate.parse("1403/" + month + "/31")).isEqualTo(ParseResult.invalid(Reason.DAY_OUT_OF_RANGE));
        }
    }

    @Test
    void roundTripsEveryDayFrom1390To1410() {
        LocalDate first = LocalDate.of(2011, 3, 21);      // 1390/01/01
        LocalDate end = LocalDate.of(2032, 3, 20);        // past 1410/12/29
        JalaliDate previous = null;
        int days = 0;
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1), days++) {
            JalaliDate jalali = JalaliDate.from(day);

            assertThat(jalali.toLocalDate()).as("%s", day).isEqualTo(day);
            if (previous != null) {
                assertThat(jalali).as("the day after %s", previous).isEqualTo(nextDay(previous));
            }
            previous = jalali;
        }
        assertThat(days).isGreaterThan(7_000);
        assertThat(JalaliDate.from(first)).isEqualTo(JalaliDate.of(1390, 1, 1));
    }

    @Test
    void roundTripsEveryValidJalaliDateOfSeveralYearsAsConsecutiveGregorianDays() {
        List<JalaliDate> dates = new ArrayList<>();
        for (int year = 1398; year <= 1406; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= JalaliDate.lengthOfMonth(year, month); day++) {
                    dates.add(JalaliDate.of(year, month, day));
                }
            }
        }
        LocalDate expected = dates.get(0).toLocalDate();
        for (JalaliDate date : dates) {
            assertThat(date.toLocalDate()).as("%s", date).isEqualTo(expected);
            assertThat(JalaliDate.from(expected)).isEqualTo(date);
            expected = expected.plusDays(1);
        }
        assertThat(dates).hasSize(9 * 365 + 2); // 1399 and 1403 are leap years
    }

    @ParameterizedTest
    @ValueSource(strings = {"1403/12/30", "1403-12-30", "۱۴۰۳/۱۲/۳۰", "١٤٠٣/١٢/٣٠", "۱۴۰۳-۱۲-۳۰", " 1403 / 12 / 30 ", "\u200F۱۴۰۳/۱۲/۳۰"})
    void parsesSlashOrDashAndAnyDigits(String typed) {
        assertThat(JalaliDate.parse(typed)).isEqualTo(ParseResult.valid(JalaliDate.of(1403, 12, 30)));
    }

    @Test
    void parsesOneDigitMonthAndDay() {
        assertThat(JalaliDate.parse("1404/1/5").value()).isEqualTo(JalaliDate.of(1404, 1, 5));
        assertThat(JalaliDate.parse("۱۳۷۰/۵/۹").value()).isEqualTo(JalaliDate.of(1370, 5, 9));
    }

    @ParameterizedTest
    @CsvSource({
            "1403/13/01, MONTH_OUT_OF_RANGE",
            "1403/00/10, MONTH_OUT_OF_RANGE",
            "1403/01/00, DAY_OUT_OF_RANGE",
            "1403/01/32, DAY_OUT_OF_RANGE",
            "1403/07/31, DAY_OUT_OF_RANGE",
            "1404/12/30, DAY_OUT_OF_RANGE",
            "0000/01/01, YEAR_OUT_OF_RANGE",
            "1403/12, BAD_FORMAT",
            "03/12/30, BAD_FORMAT",
            "30/12/1403, BAD_FORMAT",
            "1403/12-30, BAD_FORMAT",
            "1403/123/1, BAD_FORMAT",
            "فردا, BAD_FORMAT"
    })
    void rejectsImpossibleOrMisshapenDatesWithAReason(String typed, Reason reason) {
        assertThat(JalaliDate.parse(typed)).isEqualTo(ParseResult.invalid(reason));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsEmptyInput(String typed) {
        assertThat(JalaliDate.parse(typed)).isEqualTo(ParseResult.invalid(Reason.EMPTY));
    }

    @Test
    void constructorRejectsImpossibleDates() {
        assertThatThrownBy(() -> JalaliDate.of(1403, 13, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.of(1403, 7, 31)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.of(1403, 1, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.of(0, 1, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.from(LocalDate.of(600, 1, 1))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void formatsWithPersianDigits() {
        assertThat(JalaliDate.of(1403, 12, 30).format()).isEqualTo("۱۴۰۳/۱۲/۳۰");
        assertThat(JalaliDate.of(1404, 1, 1).format()).isEqualTo("۱۴۰۴/۰۱/۰۱");
    }

    @Test
    void formatsLongWithTheMonthName() {
        assertThat(JalaliDate.of(1403, 12, 30).formatLong()).isEqualTo("۳۰ اسفند ۱۴۰۳");
        assertThat(JalaliDate.of(1404, 1, 1).formatLong()).isEqualTo("۱ فروردین ۱۴۰۴");
        assertThat(JalaliDate.of(1357, 11, 22).formatLong()).isEqualTo("۲۲ بهمن ۱۳۵۷");
    }

    @Test
    void namesEveryMonth() {
        List<String> names = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            names.add(JalaliDate.of(1403, month, 1).monthName());
        }
        assertThat(names).containsExactly("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    }

    @Test
    void toStringUsesAsciiDigitsEvenUnderAPersianDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertThat(JalaliDate.of(1404, 1, 1).toString()).isEqualTo("1404/01/01");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void todayChangesAtMidnightInTehranNotAtMidnightUtc() {
        // Tehran is UTC+03:30 all year since Iran dropped daylight saving in 2022.
        Instant lastSecondOf1403 = Instant.parse("2025-03-20T20:29:59Z");
        Instant firstSecondOf1404 = Instant.parse("2025-03-20T20:30:00Z");

        assertThat(JalaliDate.today(Clock.fixed(lastSecondOf1403, ZoneOffset.UTC))).isEqualTo(JalaliDate.of(1403, 12, 30));
        assertThat(JalaliDate.today(Clock.fixed(firstSecondOf1404, ZoneOffset.UTC))).isEqualTo(JalaliDate.of(1404, 1, 1));
        assertThat(JalaliDate.of(firstSecondOf1404, ZoneOffset.UTC)).isEqualTo(JalaliDate.of(1403, 12, 30));
        assertThat(JalaliDate.of(firstSecondOf1404, JalaliDate.TEHRAN)).isEqualTo(JalaliDate.of(1404, 1, 1));
    }

    @Test
    void ordersByYearThenMonthThenDay() {
        List<JalaliDate> dates = new ArrayList<>(List.of(
                JalaliDate.of(1404, 1, 1), JalaliDate.of(1403, 12, 30), JalaliDate.of(1403, 2, 1), JalaliDate.of(1403, 1, 31)));

        dates.sort(null);

        assertThat(dates).containsExactly(
                JalaliDate.of(1403, 1, 31), JalaliDate.of(1403, 2, 1), JalaliDate.of(1403, 12, 30), JalaliDate.of(1404, 1, 1));
    }

    private static JalaliDate nextDay(JalaliDate date) {
        if (date.day() < JalaliDate.lengthOfMonth(date.year(), date.month())) {
            return JalaliDate.of(date.year(), date.month(), date.day() + 1);
        }
        if (date.month() < 12) {
            return JalaliDate.of(date.year(), date.month() + 1, 1);
        }
        return JalaliDate.of(date.year() + 1, 1, 1);
    }
}
