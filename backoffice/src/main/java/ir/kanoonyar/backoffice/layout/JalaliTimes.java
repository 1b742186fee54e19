package ir.kanoonyar.backoffice.layout;

import java.time.Instant;

import ir.kanoonyar.db.persian.JalaliDate;
import org.springframework.stereotype.Component;

/**
 * Instants as Persian readers expect them, for templates: ${@jalali.dayAndTime(t)} gives the Jalali
 * day and the time in Tehran, in Persian digits.
 */
@Component("jalali")
public class JalaliTimes {

    public String dayAndTime(Instant at) {
        return at == null ? "" : JalaliDate.tehranDayAndTime(at);
    }
}
