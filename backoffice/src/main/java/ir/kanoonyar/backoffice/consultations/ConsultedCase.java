package ir.kanoonyar.backoffice.consultations;

import ir.kanoonyar.db.consultation.SubjectKind;

/**
 * The case a consultation is asked about, as the asker's pages name it: a request by its tracking code
 * or a ticket by its number (in Persian digits), its page, and its province (the experts are of
 * another one).
 */
public record ConsultedCase(SubjectKind kind, long id, Long provinceId, String label) {

    /** The case's own page, for staff whose scope covers it. */
    public String path() {
        return pathOf(kind, id);
    }

    static String pathOf(SubjectKind kind, long id) {
        return switch (kind) {
            case REQUEST -> "/requests/" + id;
            case TICKET -> "/tickets/" + id;
        };
    }
}
