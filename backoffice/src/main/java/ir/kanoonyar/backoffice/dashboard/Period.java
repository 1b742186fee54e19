package ir.kanoonyar.backoffice.dashboard;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.persian.PersianText;

/**
 * The period a dashboard shows: a Jalali month, a season (three months) or a year, never past the
 * current month. Anything unknown in the address falls back to the current month.
 *
 * @param kind   MONTH, SEASON or YEAR
 * @param year   the Jalali year
 * @param number the month (1-12) or the season (1-4); 0 for a year
 */
public record Period(Kind kind, int year, int number) {

    public enum Kind { MONTH, SEASON, YEAR }

    private static final String[] SEASONS = {"بهار", "تابستان", "پاییز", "زمستان"};

    static Period of(String kind, String year, String number, JalaliMonth current) {
        Kind k = Kind.MONTH;
        for (Kind candidate : Kind.values()) {
            if (candidate.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                k = candidate;
            }
        }
        int y = parse(year, current.year());
        if (y < current.year() - 20 || y > current.year()) {
            y = current.year();
        }
        int n = parse(number, k == Kind.SEASON ? current.season() : current.month());
        Period period = switch (k) {
            case MONTH -> n >= 1 && n <= 12 ? new Period(k, y, n) : new Period(k, current.year(), current.month());
            case SEASON -> n >= 1 && n <= 4 ? new Period(k, y, n) : new Period(k, current.year(), current.season());
            case YEAR -> new Period(k, y, 0);
        };
        return period.first().compareTo(current) > 0 ? new Period(Kind.MONTH, current.year(), current.month()) : period;
    }

    static Period month(JalaliMonth month) {
        return new Period(Kind.MONTH, month.year(), month.month());
    }

    private static int parse(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(PersianText.normalize(value).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public JalaliMonth first() {
        return switch (kind) {
            case MONTH -> new JalaliMonth(year, number);
            case SEASON -> new JalaliMonth(year, (number - 1) * 3 + 1);
            case YEAR -> new JalaliMonth(year, 1);
        };
    }

    public JalaliMonth last() {
        return first().plus(length() - 1);
    }

    int length() {
        return switch (kind) {
            case MONTH -> 1;
            case SEASON -> 3;
            case YEAR -> 12;
        };
    }

    /** The months of the period up to the given month (the current one): a year under way ends now. */
    List<JalaliMonth> months(JalaliMonth current) {
        List<JalaliMonth> months = new ArrayList<>();
        for (JalaliMonth m = first(); m.compareTo(last()) <= 0 && m.compareTo(current) <= 0; m = m.next()) {
            months.add(m);
        }
        return months;
    }

    /** The period just before, of the same kind. */
    Period previous() {
        return switch (kind) {
            case MONTH -> month(first().previous());
            case SEASON -> number == 1 ? new Period(kind, year - 1, 4) : new Period(kind, year, number - 1);
            case YEAR -> new Period(kind, year - 1, 0);
        };
    }

    public String label() {
        return switch (kind) {
            case MONTH -> first().label();
            case SEASON -> PersianText.toPersianDigits(SEASONS[number - 1] + " " + year);
            case YEAR -> PersianText.toPersianDigits("سال " + year);
        };
    }
}
