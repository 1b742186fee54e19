package ir.kanoonyar.db.request;

/** In what capacity someone acted on a request; recorded and signed in the timeline. */
public enum ActorRole {
    APPLICANT,
    IMAM,
    TRUSTEES_HEAD,
    COUNTY_STAFF,
    PROVINCE_STAFF,
    NATIONAL_ADMIN,
    SYSTEM;

    public static ActorRole signer(ConsentRole role) {
        return role == ConsentRole.IMAM ? IMAM : TRUSTEES_HEAD;
    }

    public static ActorRole reviewer(ReviewLevel level) {
        return level == ReviewLevel.COUNTY ? COUNTY_STAFF : PROVINCE_STAFF;
    }
}
