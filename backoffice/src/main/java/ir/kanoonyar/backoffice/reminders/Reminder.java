package ir.kanoonyar.backoffice.reminders;

import ir.kanoonyar.db.person.Channel;

/**
 * One reminder to one chat.
 *
 * @param personId the person it is for, or null for a staff member or a chat not yet registered
 * @param dedupKey the subject and period, unique in the outbox: the same key is never written twice
 */
public record Reminder(Channel channel, long chatId, Long personId, String kind, String dedupKey, String text) {

    /**
     * A reminder about one subject and period ({@code subjectAndPeriod}, e.g. {@code licence:12:30}) to
     * one chat; the chat is part of the key, since a person may use two messengers.
     */
    public static Reminder to(Channel channel, long chatId, Long personId, String kind, String subjectAndPeriod,
                              String text) {
        return new Reminder(channel, chatId, personId, kind,
                subjectAndPeriod + ":" + channel.name() + ":" + chatId, text);
    }
}
