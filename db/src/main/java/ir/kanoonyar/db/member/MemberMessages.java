package ir.kanoonyar.db.member;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/** The roster's Persian texts, from {@code i18n/members.properties}; numbers shown in Persian digits. */
@Component
public class MemberMessages {

    static final String BUNDLE = "i18n.members";
    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            MemberMessages.class.getClassLoader());

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? PersianText.toPersianDigits(String.valueOf(n)) : args[i];
        }
        return new MessageFormat(pattern, PERSIAN).format(shown);
    }

    public Refusal refusal(MemberRefusal kind, Object... args) {
        return new Refusal(kind, get(kind.key(), args));
    }

    public String gender(ir.kanoonyar.db.person.Gender gender) {
        return get("members.gender." + gender.name().toLowerCase(Locale.ROOT));
    }

    public String role(MemberRole role) {
        return get("members.role." + role.name().toLowerCase(Locale.ROOT));
    }
}
