package ir.kanoonyar.db.person;

public enum Gender {
    MALE,
    FEMALE
}
