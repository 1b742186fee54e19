package ir.kanoonyar.db.person;

/**
 * A person's gender, as far as the guideline cares: a brothers' kanoon is managed by a man, a
 * sisters' kanoon by a woman. Stored by name (VARCHAR(10)) in {@code person.gender}.
 */
public enum Gender {
    MALE,
    FEMALE
}
