package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Education;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repository on an embedded H2 database in MySQL mode, with the Flyway migrations run as they
 * are (no database server needed). Hibernate validates the entity against the migrated table.
 */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:guideline;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.flyway.enabled=true"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = GuidelineVersionRepositoryTest.GuidelineOnly.class)
class GuidelineVersionRepositoryTest {

    /**
     * Entities and repositories of this package only. Not a @Configuration, so no component scan
     * of the db module picks it up.
     */
    @AutoConfigurationPackage
    static class GuidelineOnly {
    }

    private static final Instant JAN_2026 = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    private GuidelineVersionRepository repository;

    @Autowired
    private TestEntityManager em;

    private GuidelineVersion save(GuidelineVersion.Builder b) {
        GuidelineVersion saved = repository.save(b.createdAt(Instant.parse("2025-12-01T10:15:30.123456Z")).build());
        em.flush();
        em.clear();
        return saved;
    }

    @Test
    void theMigrationSeedsTheFirstVersion() {
        GuidelineVersion v1 = repository.findByVersionNumber(1).orElseThrow();

        assertThat(v1.getEffectiveFrom()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(v1.getMinAge()).isEqualTo(18);
        assertThat(v1.getMaxAge()).isEqualTo(50);
        assertThat(v1.getMinEducation()).isEqualTo(Education.DIPLOMA);
        assertThat(v1.isGenderMustMatch()).isTrue();
        assertThat(v1.getMaxKanoonsPerManager()).isEqualTo(1);
        assertThat(v1.getRequiredCourses()).containsExactly("MANAGER_BASICS");
        assertThat(v1.getTrainingWithinDays()).isEqualTo(90);
        assertThat(v1.getMinMembersUrban()).isEqualTo(20);
        assertThat(v1.getMinMembersRural()).isEqualTo(10);
        assertThat(v1.getCreatedBy()).isEqualTo("system");
        assertThat(repository.findLatestVersionNumber()).contains(1);
    }

    @Test
    void savesAndReadsBackEveryField() {
        GuidelineVersion saved = save(Guidelines.strict().requiredCourses("SAFETY", "MANAGER_BASICS").note(null));

        GuidelineVersion read = repository.findById(saved.getId()).orElseThrow();

        assertThat(read).isNotSameAs(saved);
        assertThat(read.getVersionNumber()).isEqualTo(2);
        assertThat(read.getEffectiveFrom()).isEqualTo(JAN_2026);
        assertThat(read.getMinAge()).isEqualTo(25);
        assertThat(read.getMaxAge()).isEqualTo(41);
        assertThat(read.getMinEducation()).isEqualTo(Education.BACHELOR);
        assertThat(read.getRequiredCourses()).containsExactly("MANAGER_BASICS", "SAFETY");
        assertThat(read.getNote()).isNull();
        assertThat(read.getCreatedAt()).isEqualTo(Instant.parse("2025-12-01T10:15:30.123456Z"));
        assertThat(repository.findLatestVersionNumber()).contains(2);
        assertThat(repository.findAllByOrderByVersionNumberDesc())
                .extracting(GuidelineVersion::getVersionNumber).containsExactly(2, 1);
    }

    @Test
    void theVersionInForceIsTheLatestEffectiveNotAfterTheTime() {
        save(Guidelines.strict());
        save(Guidelines.strict().versionNumber(3).effectiveFrom(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(repository.findInForceAt(Instant.parse("2019-12-31T23:59:59Z"))).isEmpty();
        assertThat(repository.findInForceAt(Instant.parse("2020-01-01T00:00:00Z"))).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(1);
        assertThat(repository.findInForceAt(JAN_2026.minusNanos(1000))).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(1);
        assertThat(repository.findInForceAt(JAN_2026)).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(2);
        assertThat(repository.findInForceAt(Instant.parse("2029-06-01T00:00:00Z"))).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(2);
        assertThat(repository.findInForceAt(Instant.parse("2030-01-01T00:00:00Z"))).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(3);
    }

    @Test
    void aTieOnEffectiveTimeGoesToTheHigherVersion() {
        save(Guidelines.strict().versionNumber(3));
        save(Guidelines.strict().versionNumber(2).ages(20, 45));

        assertThat(repository.findInForceAt(JAN_2026)).get()
                .extracting(GuidelineVersion::getVersionNumber).isEqualTo(3);
        assertThat(repository.findLatestVersionNumber()).contains(3);
    }

    @Test
    void aVersionNumberIsUsedOnce() {
        assertThatThrownBy(() -> save(Guidelines.strict().versionNumber(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
