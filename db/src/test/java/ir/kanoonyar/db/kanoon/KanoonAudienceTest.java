package ir.kanoonyar.db.kanoon;

import ir.kanoonyar.db.person.Gender;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KanoonAudienceTest {

    @Test
    void brothersTakeMenAndSistersTakeWomen() {
        assertThat(KanoonAudience.BROTHERS.gender()).isEqualTo(Gender.MALE);
        assertThat(KanoonAudience.SISTERS.gender()).isEqualTo(Gender.FEMALE);
        assertThat(KanoonAudience.BROTHERS.accepts(Gender.MALE)).isTrue();
        assertThat(KanoonAudience.BROTHERS.accepts(Gender.FEMALE)).isFalse();
        assertThat(KanoonAudience.SISTERS.accepts(Gender.FEMALE)).isTrue();
        assertThat(KanoonAudience.SISTERS.accepts(Gender.MALE)).isFalse();
        assertThat(KanoonAudience.SISTERS.accepts(null)).isFalse();
    }
}
