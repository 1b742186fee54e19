package ir.kanoonyar.backoffice.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Nobody gets a reminder at night: a row written in quiet hours (default 22:00–08:00 Tehran time)
 * waits in the outbox, through its notBefore, until the morning. The window may wrap midnight.
 */
@Component
public class QuietHours {

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;

    @Autowired
    public QuietHours(ReminderSettings settings) {
        this(settings.zone(), settings.quietStart(), settings.quietEnd());
    }

    QuietHours(ZoneId zone, LocalTime start, LocalTime end) {
        this.zone = zone;
        this.start = start;
        this.end = end;
    }

    public boolean isQuiet(Instant at) {
        if (start.equals(end)) {
            return false;
        }
        LocalTime time = at.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** When a message written at {@code at} may go: then, or at the end of the quiet hours it falls in. */
    public Instant notBefore(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime morning = local.with(end);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.toInstant();
    }
}
