package ir.kanoonyar.db.request;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;


/**
 * What an applicant is told when someone else moves their request: a reviewer, the signers, the
 * system. Persian texts from i18n/notices.properties.
 */
public enum ApplicantNotice {
    FORWARDED,
    CONSENTS_COMPLETE,
    APPROVED,
    REJECTED,
    RETURNED;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/notices", Locale.ROOT);

    public String key() {
        return "notice." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The text for a request, with the reviewer's comment where the notice has one. */
    public String text(Request request, String comment) {
        String code = RequestName.of(request);
        return new MessageFormat(TEXTS.getString(key()), Locale.ROOT)
                .format(new Object[] {code, comment == null ? "" : comment}).strip();
    }
}
