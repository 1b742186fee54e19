package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Education;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidelineVersionTest {

    @Test
    void buildsEveryField() {
        GuidelineVersion g = Guidelines.first().build();

        assertThat(g.getId()).isNull();
        assertThat(g.getVersionNumber()).isEqualTo(1);
        assertThat(g.getEffectiveFrom()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(g.getMinAge()).isEqualTo(18);
        assertThat(g.getMaxAge()).isEqualTo(50);
        assertThat(g.getMinEducation()).isEqualTo(Education.DIPLOMA);
        assertThat(g.isGenderMustMatch()).isTrue();
        assertThat(g.getMaxKanoonsPerManager()).isEqualTo(1);
        assertThat(g.getRequiredCourses()).containsExactly("MANAGER_BASICS");
        assertThat(g.getTrainingWithinDays()).isEqualTo(90);
        assertThat(g.getMinMembersUrban()).isEqualTo(20);
        assertThat(g.getMinMembersRural()).isEqualTo(10);
        assertThat(g.getNote()).isEqualTo("Initial guideline");
        assertThat(g.getCreatedBy()).isEqualTo("system");
        assertThat(g.getCreatedAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void requiredCoursesAreTrimmedSortedDeduplicatedAndUnmodifiable() {
        GuidelineVersion g = Guidelines.first().requiredCourses(" SAFETY", "MANAGER_BASICS ", "SAFETY").build();

        assertThat(g.getRequiredCourses()).containsExactly("MANAGER_BASICS", "SAFETY");
        assertThatThrownBy(() -> g.getRequiredCourses().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noRequiredCourse() {
        assertThat(Guidelines.first().requiredCourses(List.of()).build().getRequiredCourses()).isEmpty();
        assertThat(Guidelines.first().requiredCourses((List<String>) null).build().getRequiredCourses()).isEmpty();
    }

    @Test
    void courseColumnRoundTrip() {
        assertThat(GuidelineVersion.joinCourses(List.of("B", "A"))).isEqualTo("A,B");
        assertThat(GuidelineVersion.parseCourses("A,B")).containsExactly("A", "B");
        assertThat(GuidelineVersion.parseCourses(" A , ,B,")).containsExactly("A", "B");
        assertThat(GuidelineVersion.parseCourses("")).isEmpty();
        assertThat(GuidelineVersion.parseCourses(null)).isEmpty();
    }

    @Test
    void refusesBadCourseCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().requiredCourses("A,B").build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().requiredCourses(" ").build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().requiredCourses("X".repeat(501)).build());
    }

    @Test
    void refusesContradictoryRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().ages(42, 41).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().ages(-1, 41).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().versionNumber(0).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().maxKanoonsPerManager(0).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().trainingWithinDays(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().minMembersUrban(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().minMembersRural(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().createdBy(" ").build());
        assertThatIllegalArgumentException().isThrownBy(() -> Guidelines.first().note("n".repeat(1001)).build());
        assertThat(Guidelines.first().ages(30, 30).build().getMaxAge()).isEqualTo(30);
    }

    @Test
    void requiresEveryRule() {
        assertThatNullPointerException().isThrownBy(() -> GuidelineVersion.builder().build())
                .withMessageContaining("versionNumber");
        assertThatNullPointerException().isThrownBy(() -> Guidelines.first().minEducation(null).build())
                .withMessageContaining("minEducation");
        assertThatNullPointerException().isThrownBy(() -> Guidelines.first().effectiveFrom(null).build())
                .withMessageContaining("effectiveFrom");
    }

    @Test
    void blankNoteIsNoNote() {
        assertThat(Guidelines.first().note("  ").build().getNote()).isNull();
        assertThat(Guidelines.first().note(null).build().getNote()).isNull();
    }

    @Test
    void theNextVersionStartsFromThisOneAndLeavesItAlone() {
        GuidelineVersion first = Guidelines.first().build();

        GuidelineVersion next = first.toBuilder()
                .versionNumber(2)
                .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .ages(25, 41)
                .build();

        assertThat(next.getVersionNumber()).isEqualTo(2);
        assertThat(next.getMinAge()).isEqualTo(25);
        assertThat(next.getMinEducation()).isEqualTo(first.getMinEducation());
        assertThat(next.getRequiredCourses()).isEqualTo(first.getRequiredCourses());
        assertThat(first.getMinAge()).isEqualTo(18);
        assertThat(first.getVersionNumber()).isEqualTo(1);
    }
}
