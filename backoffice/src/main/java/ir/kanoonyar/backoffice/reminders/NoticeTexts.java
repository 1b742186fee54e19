package ir.kanoonyar.backoffice.reminders;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/**
 * The Persian texts of reminders, escalations and digests, from the db module's
 * i18n/notices.properties (keys {@code reminder.*}), with the helpers their arguments need.
 */
@Component
public class NoticeTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/notices", Locale.ROOT);

    public String get(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args).strip();
    }

    public static String number(long value) {
        return PersianText.toPersianDigits(Long.toString(value));
    }

    public static String date(LocalDate day) {
        return JalaliDate.from(day).formatLong();
    }

    public static String date(Instant at) {
        return JalaliDate.of(at, JalaliDate.TEHRAN).formatLong();
    }
}
