package ir.kanoonyar.db.activity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Persian names of corridors, audiences and review states, and the notices managers get, from
 * i18n/activity.properties: one place for the bot, the back-office and the notices.
 */
public final class ActivityTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.activity", Locale.ROOT,
            ActivityTexts.class.getClassLoader());

    private ActivityTexts() {
    }

    public static String corridor(Corridor corridor) {
        return TEXTS.getString("activity.corridor." + corridor.name());
    }

    public static String audience(ActivityAudience audience) {
        return TEXTS.getString("activity.audience." + audience.name());
    }

    public static String status(ActivityReportStatus status) {
        return TEXTS.getString("activity.status." + status.name());
    }

    static String get(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(args);
    }
}
