package ir.kanoonyar.db.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EducationTest {

    @Test
    void levelsAreInOrder() {
        assertThat(Education.values()).containsExactly(
                Education.NONE, Education.BELOW_DIPLOMA, Education.DIPLOMA, Education.ASSOCIATE,
                Education.BACHELOR, Education.MASTER, Education.DOCTORATE);
    }

    @ParameterizedTest
    @EnumSource(Education.class)
    void eachLevelIsAtLeastItselfAndEverythingBelowButNothingAbove(Education level) {
        for (Education other : Education.values()) {
            assertThat(level.isAtLeast(other))
                    .as("%s at least %s", level, other)
                    .isEqualTo(other.ordinal() <= level.ordinal());
        }
    }

    @Test
    void diplomaBoundary() {
        assertThat(Education.BELOW_DIPLOMA.isAtLeast(Education.DIPLOMA)).isFalse();
        assertThat(Education.DIPLOMA.isAtLeast(Education.DIPLOMA)).isTrue();
        assertThat(Education.ASSOCIATE.isAtLeast(Education.DIPLOMA)).isTrue();
        assertThat(Education.DOCTORATE.isAtLeast(Education.NONE)).isTrue();
        assertThat(Education.NONE.isAtLeast(Education.BELOW_DIPLOMA)).isFalse();
    }

    @Test
    void nullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> Education.DIPLOMA.isAtLeast(null));
    }
}
