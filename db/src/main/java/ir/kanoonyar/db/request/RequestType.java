package ir.kanoonyar.db.request;

/** The kinds of request (درخواست) a person files in the bot. */
public enum RequestType {
    MANAGER_REGISTRATION,
    ESTABLISHMENT,
    MANAGER_CHANGE,
    RESIGNATION,
    RETIREMENT,
    LICENCE_RENEWAL,
    SERVICE_REQUEST
}
