package ir.kanoonyar.db.person;

/**
 * A person's highest education, ordered from the lowest level to the highest: the declaration order
 * is the order of levels, so do not reorder the constants. Stored by name (VARCHAR(20)) in
 * {@code person.education} and {@code guideline_version.min_education}.
 */
public enum Education {
    /** No formal education (بی‌سواد). */
    NONE,
    /** Some schooling, no diploma (زیر دیپلم). */
    BELOW_DIPLOMA,
    /** High-school diploma (دیپلم). */
    DIPLOMA,
    /** Associate degree (کاردانی). */
    ASSOCIATE,
    /** Bachelor's degree (کارشناسی). */
    BACHELOR,
    /** Master's degree (کارشناسی ارشد). */
    MASTER,
    /** Doctorate (دکتری). */
    DOCTORATE;

    /** Whether this level is the given one or higher. */
    public boolean isAtLeast(Education required) {
        if (required == null) {
            throw new NullPointerException("required education");
        }
        return compareTo(required) >= 0;
    }
}
