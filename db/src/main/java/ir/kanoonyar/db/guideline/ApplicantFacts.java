package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.kanoon.KanoonAudience;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link EligibilityChecker} needs to know about an applicant and the request.
 *
 * @param birthDate      the applicant's birth date; null when not given yet (the age check then fails
 *                       and asks for it)
 * @param gender         the applicant's gender; required
 * @param education      the applicant's highest education; required
 * @param audience       the audience of the kanoon applied for; null when the request names no kanoon
 *                       (the gender check is then left out)
 * @param kanoonsManaged how many kanoons the applicant manages now, not counting the one a request
 *                       hands over to them; not negative
 * @param passedCourses  codes of the courses the applicant has passed; never null (empty for none)
 * @param members        members of the kanoon; null when not known or not relevant (the members check
 *                       is then left out)
 * @param rural          whether the kanoon is rural; null when not known (the urban threshold is
 *                       used, with a warning)
 * @param evaluationDate the day (in Tehran) on which the applicant is judged, e.g.
 *                       {@code tehranDate(request.submittedAt)}; required
 */
public record ApplicantFacts(
        LocalDate birthDate,
        Gender gender,
        Education education,
        KanoonAudience audience,
        int kanoonsManaged,
        Set<String> passedCourses,
        Integer members,
        Boolean rural,
        LocalDate evaluationDate) {

    /** Iran's time zone: dates people live by. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    public ApplicantFacts {
        Objects.requireNonNull(gender, "gender is required");
        Objects.requireNonNull(education, "education is required");
        Objects.requireNonNull(evaluationDate, "evaluationDate is required");
        passedCourses = passedCourses == null ? Set.of() : Set.copyOf(passedCourses);
        if (kanoonsManaged < 0) {
            throw new IllegalArgumentException("kanoonsManaged must not be negative: " + kanoonsManaged);
        }
        if (members != null && members < 0) {
            throw new IllegalArgumentException("members must not be negative: " + members);
        }
        if (birthDate != null && birthDate.isAfter(evaluationDate)) {
            throw new IllegalArgumentException("birth date " + birthDate + " is after the evaluation date " + evaluationDate);
        }
    }

    /** The date in Tehran at the given instant. */
    public static LocalDate tehranDate(Instant instant) {
        return LocalDate.ofInstant(instant, TEHRAN);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .birthDate(birthDate)
                .gender(gender)
                .education(education)
                .audience(audience)
                .kanoonsManaged(kanoonsManaged)
                .passedCourses(passedCourses)
                .members(members)
                .rural(rural)
                .evaluationDate(evaluationDate);
    }

    public ApplicantFacts withBirthDate(LocalDate birthDate) {
        return toBuilder().birthDate(birthDate).build();
    }

    public ApplicantFacts withGender(Gender gender) {
        return toBuilder().gender(gender).build();
    }

    public ApplicantFacts withEducation(Education education) {
        return toBuilder().education(education).build();
    }

    public ApplicantFacts withAudience(KanoonAudience audience) {
        return toBuilder().audience(audience).build();
    }

    public ApplicantFacts withKanoonsManaged(int kanoonsManaged) {
        return toBuilder().kanoonsManaged(kanoonsManaged).build();
    }

    public ApplicantFacts withPassedCourses(String... passedCourses) {
        return toBuilder().passedCourses(Set.of(passedCourses)).build();
    }

    /** Members of the kanoon and whether it is rural (null when not known). */
    public ApplicantFacts withMembers(Integer members, Boolean rural) {
        return toBuilder().members(members).rural(rural).build();
    }

    public ApplicantFacts withEvaluationDate(LocalDate evaluationDate) {
        return toBuilder().evaluationDate(evaluationDate).build();
    }

    /** Builds {@link ApplicantFacts}; gender, education and evaluation date are required. */
    public static final class Builder {
        private LocalDate birthDate;
        private Gender gender;
        private Education education;
        private KanoonAudience audience;
        private int kanoonsManaged;
        private Set<String> passedCourses = Set.of();
        private Integer members;
        private Boolean rural;
        private LocalDate evaluationDate;

        private Builder() {
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder education(Education education) {
            this.education = education;
            return this;
        }

        public Builder audience(KanoonAudience audience) {
            this.audience = audience;
            return this;
        }

        public Builder kanoonsManaged(int kanoonsManaged) {
            this.kanoonsManaged = kanoonsManaged;
            return this;
        }

        public Builder passedCourses(Collection<String> passedCourses) {
            this.passedCourses = passedCourses == null ? Set.of() : Set.copyOf(passedCourses);
            return this;
        }

        public Builder members(Integer members) {
            this.members = members;
            return this;
        }

        public Builder rural(Boolean rural) {
            this.rural = rural;
            return this;
        }

        public Builder evaluationDate(LocalDate evaluationDate) {
            this.evaluationDate = evaluationDate;
            return this;
        }

        public ApplicantFacts build() {
            return new ApplicantFacts(birthDate, gender, education, audience, kanoonsManaged,
                    passedCourses, members, rural, evaluationDate);
        }
    }
}
