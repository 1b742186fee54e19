package ir.kanoonyar.db.member;

import ir.kanoonyar.db.person.Gender;

/**
 * A member as checked by {@link MemberFields}: names normalised Persian, a Jalali birth year, phone
 * 09XXXXXXXXX and national code ten digits, each null when not given.
 */
public record MemberDetails(String firstName, String lastName, Gender gender, int birthYear, MemberRole role,
                            String phone, String nationalCode) {

    public MemberDetails withFirstName(String value) {
        return new MemberDetails(value, lastName, gender, birthYear, role, phone, nationalCode);
    }

    public MemberDetails withLastName(String value) {
        return new MemberDetails(firstName, value, gender, birthYear, role, phone, nationalCode);
    }

    public MemberDetails withGender(Gender value) {
        return new MemberDetails(firstName, lastName, value, birthYear, role, phone, nationalCode);
    }

    public MemberDetails withBirthYear(int value) {
        return new MemberDetails(firstName, lastName, gender, value, role, phone, nationalCode);
    }

    public MemberDetails withRole(MemberRole value) {
        return new MemberDetails(firstName, lastName, gender, birthYear, value, phone, nationalCode);
    }

    public MemberDetails withPhone(String value) {
        return new MemberDetails(firstName, lastName, gender, birthYear, role, value, nationalCode);
    }
}
