package ir.kanoonyar.db.kanoon;

import ir.kanoonyar.db.person.Gender;

/** A kanoon serves brothers (برادران) or sisters (خواهران); its manager is of the same gender. */
public enum KanoonAudience {
    BROTHERS(Gender.MALE),
    SISTERS(Gender.FEMALE);

    private final Gender managerGender;

    KanoonAudience(Gender managerGender) {
        this.managerGender = managerGender;
    }

    public Gender managerGender() {
        return managerGender;
    }
}
