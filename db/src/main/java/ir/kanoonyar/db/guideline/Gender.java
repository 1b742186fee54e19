package ir.kanoonyar.db.guideline;

/**
 * A person's gender, as far as the guideline cares: a brothers' kanoon is managed by a man, a
 * sisters' kanoon by a woman. Stored by name (VARCHAR(10)) in {@code person.gender}.
 * <p>
 * It lives here for now because eligibility is its first user; it belongs with the person.
 */
public enum Gender {
    MALE,
    FEMALE
}
