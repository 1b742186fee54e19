package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.kanoon.KanoonAudience;

import java.time.Instant;
import java.time.LocalDate;

/** Guidelines and applicants for the tests. */
final class Guidelines {

    /** The evaluation day of most tests: 1 Mehr 1404. */
    static final LocalDate EVALUATION_DATE = LocalDate.of(2025, 9, 23);

    private Guidelines() {
    }

    /** The first guideline, as the V4 migration seeds it: 18–50, diploma, 20 / 10 members. */
    static GuidelineVersion.Builder first() {
        return GuidelineVersion.builder()
                .versionNumber(1)
                .effectiveFrom(Instant.parse("2020-01-01T00:00:00Z"))
                .ages(18, 50)
                .minEducation(Education.DIPLOMA)
                .genderMustMatch(true)
                .maxKanoonsPerManager(1)
                .requiredCourses("MANAGER_BASICS")
                .trainingWithinDays(90)
                .minMembersUrban(20)
                .minMembersRural(10)
                .note("Initial guideline")
                .createdBy("system")
                .createdAt(Instant.parse("2020-01-01T00:00:00Z"));
    }

    /** A stricter guideline seen in the field: 25–41 and a bachelor's degree. */
    static GuidelineVersion.Builder strict() {
        return first()
                .versionNumber(2)
                .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .ages(25, 41)
                .minEducation(Education.BACHELOR)
                .note("25-41, bachelor")
                .createdBy("admin");
    }

    /**
     * A 25-year-old man with a diploma, applying for a brothers' kanoon, managing none, the basics
     * course passed, members not given: passes {@link #first()}.
     */
    static ApplicantFacts applicant() {
        return ApplicantFacts.builder()
                .birthDate(LocalDate.of(2000, 5, 10))
                .gender(Gender.MALE)
                .education(Education.DIPLOMA)
                .audience(KanoonAudience.BROTHERS)
                .kanoonsManaged(0)
                .passedCourses(java.util.Set.of("MANAGER_BASICS"))
                .evaluationDate(EVALUATION_DATE)
                .build();
    }
}
