package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Education;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicantFactsTest {

    @Test
    void withMethodsChangeOneThing() {
        ApplicantFacts a = Guidelines.applicant();

        ApplicantFacts b = a.withEducation(Education.MASTER).withMembers(12, true).withAudience(null);

        assertThat(b.education()).isEqualTo(Education.MASTER);
        assertThat(b.members()).isEqualTo(12);
        assertThat(b.rural()).isTrue();
        assertThat(b.audience()).isNull();
        assertThat(b.birthDate()).isEqualTo(a.birthDate());
        assertThat(b.passedCourses()).isEqualTo(a.passedCourses());
        assertThat(a.education()).isEqualTo(Education.DIPLOMA);
    }

    @Test
    void passedCoursesAreCopied() {
        Set<String> courses = new HashSet<>(Set.of("A"));
        ApplicantFacts f = Guidelines.applicant().toBuilder().passedCourses(courses).build();
        courses.add("B");

        assertThat(f.passedCourses()).containsExactly("A");
        assertThatThrownBy(() -> f.passedCourses().add("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Guidelines.applicant().toBuilder().passedCourses(null).build().passedCourses()).isEmpty();
    }

    @Test
    void requiresGenderEducationAndEvaluationDate() {
        assertThatNullPointerException().isThrownBy(() -> Guidelines.applicant().withGender(null));
        assertThatNullPointerException().isThrownBy(() -> Guidelines.applicant().withEducation(null));
        assertThatNullPointerException().isThrownBy(() -> Guidelines.applicant().withEvaluationDate(null));
    }

    @Test
    void refusesImpossibleFacts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.applicant().withKanoonsManaged(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.applicant().withMembers(-1, false));
        assertThatIllegalArgumentException().isThrownBy(
                () -> Guidelines.applicant().withBirthDate(Guidelines.EVALUATION_DATE.plusDays(1)));
        assertThat(Guidelines.applicant().withBirthDate(Guidelines.EVALUATION_DATE).birthDate())
                .isEqualTo(Guidelines.EVALUATION_DATE);
    }

    @Test
    void tehranDateIsThreeAndAHalfHoursAheadOfUtc() {
        assertThat(ApplicantFacts.tehranDate(Instant.parse("2025-09-22T20:29:59Z"))).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(ApplicantFacts.tehranDate(Instant.parse("2025-09-22T20:30:00Z"))).isEqualTo(LocalDate.of(2025, 9, 23));
    }
}
