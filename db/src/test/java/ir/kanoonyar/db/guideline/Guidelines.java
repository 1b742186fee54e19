package ir.kanoonyar.db.guideline;

import java.time.Instant;

/** Guidelines and applicants for the tests. */
final class Guidelines {

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
}
