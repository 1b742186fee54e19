package ir.kanoonyar.backoffice.dashboard;

import java.util.Locale;

import ir.kanoonyar.db.persian.PersianText;

/** Figures as staff read them: Persian digits, the Persian decimal separator, a percent sign after shares. */
final class Numbers {

    private Numbers() {
    }

    static String whole(long value) {
        return PersianText.toPersianDigits(String.format(Locale.ROOT, "%,d", value)).replace(',', '٬');
    }

    static String decimal(Double value) {
        return value == null ? "—" : PersianText.toPersianDigits(String.format(Locale.ROOT, "%.1f", value))
                .replace('.', '٫');
    }

    static String percent(Double value) {
        return value == null ? "—" : decimal(value) + "٪";
    }

    static String of(Double value, boolean percent) {
        return percent ? percent(value) : decimal(value);
    }
}
