package ir.kanoonyar.db.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.kanoonyar.db.persian.PersianText;

/**
 * The reply-keyboard buttons of ticket notices («پاسخ به تیکت ۱۲», «امتیاز به تیکت ۱۲», «بازگشایی
 * تیکت ۱۲»): written by the back-office into the outbox, read back by the bot when the person presses
 * one (the text comes back as typed text). Reply-keyboard buttons carry no keyboard stamp, so a notice
 * written hours later still works; the bot checks that the ticket is the person's before acting.
 */
public final class TicketButtons {

    /** What a pressed notice button asks for. */
    public enum Action {
        REPLY("ticket.button.reply"),
        RATE("ticket.button.rate"),
        REOPEN("ticket.button.reopen");

        final String key;

        Action(String key) {
            this.key = key;
        }
    }

    /** A button read back: the action and the ticket id it names (not yet checked against anyone). */
    public record Pressed(Action action, long ticketId) {
    }

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.tickets", Locale.ROOT,
            TicketButtons.class.getClassLoader());

    private TicketButtons() {
    }

    /** The button's text for a ticket, the number in Persian digits. */
    public static String text(Action action, long ticketId) {
        return TEXTS.getString(action.key).replace("{0}", PersianText.toPersianDigits(Long.toString(ticketId)));
    }

    /** «تیکت‌های من». */
    public static String mine() {
        return TEXTS.getString("ticket.button.mine");
    }

    /** The notice button this typed text is, if any (Persian, Arabic or ASCII digits). */
    public static Optional<Pressed> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = PersianText.normalize(typed);
        for (Action action : Action.values()) {
            String[] parts = TEXTS.getString(action.key).split("\\{0\\}", -1);
            Matcher m = Pattern.compile(Pattern.quote(parts[0]) + "([0-9۰-۹٠-٩]{1,12})" + Pattern.quote(parts[1]))
                    .matcher(text);
            if (m.matches()) {
                return Optional.of(new Pressed(action, Long.parseLong(asciiDigits(m.group(1)))));
            }
        }
        return Optional.empty();
    }

    private static String asciiDigits(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append((char) ('0' + Character.digit(c, 10)));
        }
        return out.toString();
    }
}
