package ir.kanoonyar.backoffice.audit;

/**
 * One audit entry as the national admin reads it: everything in Persian, the person and the object
 * linked where they have a page.
 *
 * @param kind       the kind's code (see {@link AuditKinds}), kept for tests and filters
 * @param personLink the staff account's page, or null (a user name typed at the login that is nobody's)
 * @param objectLink the page of what was acted on, or null
 * @param objectCode a request's tracking code, shown left to right inside the Persian sentence; else null
 */
public record AuditRow(long id, String when, String person, String personLink, String kind, String action,
                       String object, String objectLink, String outcome, String address,
                       String objectCode) {
}
