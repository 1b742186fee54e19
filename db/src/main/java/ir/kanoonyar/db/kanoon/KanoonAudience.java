package ir.kanoonyar.db.kanoon;

import ir.kanoonyar.db.person.Gender;

/**
 * Whom a kanoon serves: brothers (برادران) or sisters (خواهران), and so which gender its manager
 * must be when the guideline asks the genders to match. Stored by name (VARCHAR(10)) in
 * {@code kanoon.audience}.
 */
public enum KanoonAudience {
    BROTHERS(Gender.MALE),
    SISTERS(Gender.FEMALE);

    private final Gender gender;

    KanoonAudience(Gender gender) {
        this.gender = gender;
    }

    /** The gender of the people this kanoon serves, and so of its manager. */
    public Gender gender() {
        return gender;
    }

    /** Whether a manager of the given gender matches this kanoon. */
    public boolean accepts(Gender managerGender) {
        return gender == managerGender;
    }
}
