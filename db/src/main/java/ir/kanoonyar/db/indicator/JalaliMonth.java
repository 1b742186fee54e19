package ir.kanoonyar.db.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;

/**
 * A Jalali month, the period indicators are counted in. Its bounds are Tehran's days: a thing that
 * happened at an instant belongs to the month of its date in Tehran ({@link #of(Instant)}).
 *
 * @param year  the Jalali year
 * @param month 1 (Farvardin) to 12 (Esfand)
 */
public record JalaliMonth(int year, int month) implements Comparable<JalaliMonth> {

    public JalaliMonth {
        if (month < 1 || month > 12 || year < 1) {
            throw new IllegalArgumentException("No such Jalali month: " + year + "/" + month);
        }
    }

    /** From yyyymm, e.g. 140509; null when the key is no month. */
    public static JalaliMonth ofKey(int key) {
        int year = key / 100;
        int month = key % 100;
        return month >= 1 && month <= 12 && year >= 1 ? new JalaliMonth(year, month) : null;
    }

    public static JalaliMonth of(LocalDate date) {
        JalaliDate jalali = JalaliDate.from(date);
        return new JalaliMonth(jalali.year(), jalali.month());
    }

    /** The month of the instant's date in Tehran. */
    public static JalaliMonth of(Instant instant) {
        return of(instant.atZone(JalaliDate.TEHRAN).toLocalDate());
    }

    /** yyyymm, e.g. 140509. */
    public int key() {
        return year * 100 + month;
    }

    public LocalDate firstDay() {
        return JalaliDate.of(year, month, 1).toLocalDate();
    }

    public LocalDate lastDay() {
        return JalaliDate.of(year, month, JalaliDate.lengthOfMonth(year, month)).toLocalDate();
    }

    /** The first instant of the month: midnight in Tehran on its first day. */
    public Instant start() {
        return firstDay().atStartOfDay(zone()).toInstant();
    }

    /** The first instant after the month: midnight in Tehran on the next month's first day. */
    public Instant end() {
        return next().start();
    }

    public JalaliMonth next() {
        return month == 12 ? new JalaliMonth(year + 1, 1) : new JalaliMonth(year, month + 1);
    }

    public JalaliMonth previous() {
        return month == 1 ? new JalaliMonth(year - 1, 12) : new JalaliMonth(year, month - 1);
    }

    /** This month moved by n months (back for negative n). */
    public JalaliMonth plus(int n) {
        int index = year * 12 + (month - 1) + n;
        return new JalaliMonth(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** The season (1 spring … 4 winter) the month falls in. */
    public int season() {
        return (month - 1) / 3 + 1;
    }

    /** For display: «آذر ۱۴۰۵». */
    public String label() {
        return PersianText.toPersianDigits(JalaliDate.of(year, month, 1).monthName() + " " + year);
    }

    /** Short, for a chart's axis: «آذر ۰۵». */
    public String shortLabel() {
        return PersianText.toPersianDigits(JalaliDate.of(year, month, 1).monthName() + " "
                + String.format(java.util.Locale.ROOT, "%02d", year % 100));
    }

    @Override
    public int compareTo(JalaliMonth other) {
        return Integer.compare(key(), other.key());
    }

    private static ZoneId zone() {
        return JalaliDate.TEHRAN;
    }
}
