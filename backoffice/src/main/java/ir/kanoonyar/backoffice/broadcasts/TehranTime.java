package ir.kanoonyar.backoffice.broadcasts;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.PersianText;

/** Instants as staff read and type them: a Jalali date and a time of day in Tehran. */
final class TehranTime {

    private TehranTime() {
    }

    /** "۱۴۰۵/۰۹/۰۶ ۱۴:۳۰", or empty for null. */
    static String format(Instant at) {
        if (at == null) {
            return "";
        }
        return JalaliDate.of(at, JalaliDate.TEHRAN).format() + " " + JalaliDate.tehranTime(at);
    }

    /** A typed Jalali date and HH:mm (Persian or Latin digits), Tehran time; empty when either is not valid. */
    static Optional<Instant> parse(String date, String time) {
        ParseResult<JalaliDate> day = JalaliDate.parse(date == null ? "" : date);
        if (!day.isValid() || time == null) {
            return Optional.empty();
        }
        try {
            LocalTime clock = LocalTime.parse(PersianText.normalize(time).replace('：', ':'));
            return Optional.of(day.value().toLocalDate().atTime(clock).atZone(JalaliDate.TEHRAN).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
