package ir.kanoonyar.db.person;

/** Highest education, in increasing order: guidelines set a minimum level. */
public enum Education {
    NONE,
    BELOW_DIPLOMA,
    DIPLOMA,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    public boolean isAtLeast(Education minimum) {
        return compareTo(minimum) >= 0;
    }
}
