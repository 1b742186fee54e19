package ir.kanoonyar.bot.conversation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/** Renders {@link Text}s from i18n/bot.properties; numbers in arguments appear in Persian digits. */
@Component
public class Texts {

    static final String BUNDLE = "i18n/bot";
    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    public String get(Text text, Object... args) {
        String pattern = bundle.getString(text.key());
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? PersianText.toPersianDigits(String.valueOf(n)) : args[i];
        }
        return new MessageFormat(pattern, PERSIAN).format(shown);
    }
}
