package ir.kanoonyar.backoffice.reminders;

import java.time.Instant;

import ir.kanoonyar.db.training.TrainingReminders;
import org.springframework.stereotype.Component;

/**
 * Training nudges (a course left half done; a required course whose deadline nears), found by the
 * training domain and written by this sweep like every other reminder: held to the morning in quiet
 * hours, in the bulk lane, once per dedup key.
 */
@Component
class TrainingReminderKind implements ReminderKind {

    private final TrainingReminders reminders;

    TrainingReminderKind(TrainingReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public void sweep(Instant now, ReminderOutbox outbox) {
        reminders.sweep(now, (channel, chatId, personId, kind, dedupKey, text) ->
                outbox.write(new Reminder(channel, chatId, personId, kind, dedupKey, text)));
    }
}
