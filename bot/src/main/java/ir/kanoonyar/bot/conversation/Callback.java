package ir.kanoonyar.bot.conversation;

/**
 * Inline button data: "stamp|action". The stamp is the state's keyboard generation when the
 * button was shown, so pressing a button of an old message is recognised and refused.
 */
public final class Callback {

    private Callback() {
    }

    public static String data(int stamp, String action) {
        return stamp + "|" + action;
    }

    static boolean isCurrent(String data, int stamp) {
        if (data == null) {
            return false;
        }
        int bar = data.indexOf('|');
        return bar > 0 && data.substring(0, bar).equals(String.valueOf(stamp));
    }

    /** The action part of current data, e.g. "pick:quran". */
    public static String action(String data) {
        int bar = data == null ? -1 : data.indexOf('|');
        return bar < 0 ? "" : data.substring(bar + 1);
    }
}
