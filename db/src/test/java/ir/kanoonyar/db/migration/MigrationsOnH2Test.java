package ir.kanoonyar.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same migrations, unchanged, on H2 in MySQL mode: the embedded default's database. */
@SpringBootTest(classes = DbTestApplication.class)
class MigrationsOnH2Test {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "migrations");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsEveryProvinceAndCounty() {
        new SchemaExpectations(jdbc).allProvincesAndCountiesLoaded();
    }

    @Test
    void keepsPersianText() {
        new SchemaExpectations(jdbc).persianTextRoundTrips();
    }

    @Test
    void createsQuartzTables() throws Exception {
        new SchemaExpectations(jdbc).quartzTablesExist();
    }

    @Test
    void indexesTheStaffInbox() throws Exception {
        new SchemaExpectations(jdbc).inboxIndexesExist();
    }

    @Test
    void seedsTheDefaultSettings() {
        new SchemaExpectations(jdbc).defaultSettingsSeeded();
    }

    @Test
    void loadsTheDemoAccountsOnlyHere() {
        // demo-national, demo-province, demo-county, and demo-expert of Isfahan (the network of experts).
        assertThat(new SchemaExpectations(jdbc).demoAccounts()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT p.code FROM staff_account s JOIN province p ON p.id = s.province_id "
                + "WHERE s.username = 'demo-province'", String.class)).isEqualTo("00");
        assertThat(jdbc.queryForObject("SELECT c.name FROM staff_account s JOIN county c ON c.id = s.county_id "
                + "WHERE s.username = 'demo-county'", String.class)).isEqualTo("اراک");
        assertThat(jdbc.queryForObject("SELECT p.code FROM staff_account s JOIN province p ON p.id = s.province_id "
                + "JOIN expert_profile e ON e.staff_account_id = s.id WHERE s.username = 'demo-expert'"
                + " AND e.takes_consultations", String.class)).isEqualTo("10");
    }

    @Test
    void skipLockedClaimsWork() {
        assertThat(jdbc.queryForList("SELECT id FROM outbox_message WHERE status = 'PENDING' ORDER BY id "
                + "LIMIT 10 FOR UPDATE SKIP LOCKED")).isEmpty();
    }
}
