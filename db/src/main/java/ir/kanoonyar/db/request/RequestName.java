package ir.kanoonyar.db.request;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import ir.kanoonyar.db.persian.TrackingCode;

/**
 * How a notice names a request to the people in the bot: its type and its tracking code, e.g.
 * «درخواست تأسیس کانون ۱۴۰۵-۱۱۰۵-۰۰۹۲» (the code in Persian digits, kept left to right). Texts from
 * i18n/notices.properties ({@code request.name.<TYPE>}).
 */
public final class RequestName {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/notices", Locale.ROOT);

    private RequestName() {
    }

    public static String of(Request request) {
        return of(request.getType(), request.getTrackingCode());
    }

    public static String of(RequestType type, String trackingCode) {
        Objects.requireNonNull(type, "type");
        return TEXTS.getString(key(type)) + " " + TrackingCode.inText(trackingCode);
    }

    static String key(RequestType type) {
        return "request.name." + type.name();
    }
}
