package ir.kanoonyar.db.activity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The activity report rules' settings ({@code kanoonyar.activity.*}; environment variables
 * {@code KANOONYAR_ACTIVITY_*}).
 */
@Component
public class ActivitySettings {

    private final int maxAgeDays;
    private final int minParticipants;
    private final int maxParticipants;
    private final int maxPhotos;
    private final Duration changeWindow;
    private final int reminderDay;

    public ActivitySettings(@Value("${kanoonyar.activity.max-age-days:60}") int maxAgeDays,
                            @Value("${kanoonyar.activity.min-participants:1}") int minParticipants,
                            @Value("${kanoonyar.activity.max-participants:5000}") int maxParticipants,
                            @Value("${kanoonyar.activity.max-photos:5}") int maxPhotos,
                            @Value("${kanoonyar.activity.change-window:48h}") Duration changeWindow,
                            @Value("${kanoonyar.activity.reminder-day:20}") int reminderDay) {
        this.maxAgeDays = maxAgeDays;
        this.minParticipants = minParticipants;
        this.maxParticipants = maxParticipants;
        this.maxPhotos = maxPhotos;
        this.changeWindow = changeWindow;
        this.reminderDay = reminderDay;
    }

    /** An activity older than this many days cannot be reported. */
    public int maxAgeDays() {
        return maxAgeDays;
    }

    public int minParticipants() {
        return minParticipants;
    }

    public int maxParticipants() {
        return maxParticipants;
    }

    public int maxPhotos() {
        return maxPhotos;
    }

    /** How long after submitting the manager may edit or withdraw a report. */
    public Duration changeWindow() {
        return changeWindow;
    }

    /** The day of the Jalali month from which a manager with no report that month is reminded. */
    public int reminderDay() {
        return reminderDay;
    }
}
