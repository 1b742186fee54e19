package ir.kanoonyar.db.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The card's figures from seeded summary rows in months of 1381 that no roll-up touches: the kanoon's
 * last three months, newest first, beside its county's average per kanoon summed over the kanoon types;
 * another county's and the province's rows, and another kanoon's months, do not count. The kanoons are
 * closed so that no other test counts them.
 */
class KanoonScorecardOnMariaDbTest extends MariaDbTest {

    @Autowired
    KanoonScorecard scorecard;
    @Autowired
    JdbcTemplate jdbc;

    long province;
    long county;
    long otherCounty;
    long kanoon;
    long neighbour;

    @BeforeEach
    void seed() {
        province = jdbc.queryForObject("SELECT id FROM province WHERE code = '16'", Long.class);
        county = jdbc.queryForObject("SELECT id FROM county WHERE code = '1602'", Long.class);
        otherCounty = jdbc.queryForObject("SELECT id FROM county WHERE code = '1603'", Long.class);
        jdbc.update("DELETE FROM region_month_figures WHERE month_key BETWEEN 138101 AND 138112");
        kanoon = kanoon();
        neighbour = kanoon();
        kanoonMonth(kanoon, 138101, 9, 900, "99.0");
        kanoonMonth(kanoon, 138102, 1, 20, "30.0");
        kanoonMonth(kanoon, 138103, 0, 0, "12.5");
        kanoonMonth(kanoon, 138105, 3, 75, "61.3");
        kanoonMonth(neighbour, 138106, 7, 700, "88.0");
        // The county in 138102: brothers 3 kanoons and sisters (rural) 1 = 4 kanoons, 6 reports, 130 people.
        region("COUNTY", county, 138102, "BROTHERS", false, 3, 5, 100, "90.0");
        region("COUNTY", county, 138102, "SISTERS", true, 1, 1, 30, "30.0");
        region("COUNTY", otherCounty, 138102, "BROTHERS", false, 1, 50, 5000, "100.0");
        region("PROVINCE", province, 138102, "BROTHERS", false, 9, 90, 9000, "900.0");
        // 138105: 3 kanoons, 4 reports, 100 people, scores 61.3 + 20 + 20.1.
        region("COUNTY", county, 138105, "BROTHERS", false, 3, 4, 100, "101.4");
        // 138103: no county summary at all.
    }

    @Test
    void theLastThreeMonthsBesideTheCountysAveragePerKanoon() {
        List<KanoonMonthBeside> months = scorecard.lastMonths(kanoon, 3);

        assertThat(months).extracting(KanoonMonthBeside::month).containsExactly(new JalaliMonth(1381, 5),
                new JalaliMonth(1381, 3), new JalaliMonth(1381, 2));
        KanoonMonthBeside mordad = months.get(0);
        assertThat(mordad.reports()).isEqualTo(3);
        assertThat(mordad.participants()).isEqualTo(75);
        assertThat(mordad.score()).isEqualByComparingTo("61.3");
        assertThat(mordad.countyReports()).isEqualByComparingTo("1.3");
        assertThat(mordad.countyParticipants()).isEqualByComparingTo("33");
        assertThat(mordad.countyScore()).isEqualByComparingTo("33.8");

        KanoonMonthBeside khordad = months.get(1);
        assertThat(khordad.reports()).isZero();
        assertThat(khordad.countyReports()).isNull();
        assertThat(khordad.countyParticipants()).isNull();
        assertThat(khordad.countyScore()).isNull();

        KanoonMonthBeside ordibehesht = months.get(2);
        assertThat(ordibehesht.reports()).isEqualTo(1);
        assertThat(ordibehesht.participants()).isEqualTo(20);
        assertThat(ordibehesht.countyReports()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(ordibehesht.countyParticipants()).isEqualByComparingTo("33");
        assertThat(ordibehesht.countyScore()).isEqualByComparingTo("30.0");
    }

    @Test
    void aKanoonWithNothingRolledUpHasNoMonths() {
        assertThat(scorecard.lastMonths(kanoon(), 3)).isEmpty();
    }

    private long kanoon() {
        jdbc.update("INSERT INTO mosque (name, province_id, county_id, rural, created_at) VALUES ('مسجد', ?, ?, FALSE,"
                + " '2025-01-01 00:00:00')", province, county);
        long mosque = jdbc.queryForObject("SELECT MAX(id) FROM mosque", Long.class);
        jdbc.update("INSERT INTO kanoon (name, mosque_id, province_id, county_id, audience, status, members, created_at)"
                + " VALUES ('کانون کارنامه', ?, ?, ?, 'BROTHERS', 'CLOSED', 0, '2025-01-01 00:00:00')", mosque, province,
                county);
        return jdbc.queryForObject("SELECT MAX(id) FROM kanoon", Long.class);
    }

    private void kanoonMonth(long kanoonId, int monthKey, int reports, int participants, String score) {
        jdbc.update("INSERT INTO kanoon_month_figures (kanoon_id, month_key, province_id, county_id, audience, rural,"
                + " accepted_reports, participants, corridors, regular_months, has_manager, training_done, licence_valid,"
                + " members, young_manager, score, weights_version) VALUES (?, ?, ?, ?, 'BROTHERS', FALSE, ?, ?, 1, 1,"
                + " TRUE, TRUE, TRUE, 0, FALSE, ?, 1)", kanoonId, monthKey, province, county, reports, participants,
                new BigDecimal(score));
    }

    private void region(String level, long regionId, int monthKey, String audience, boolean rural, int kanoons,
                        int reports, long participants, String scoreSum) {
        jdbc.update("INSERT INTO region_month_figures (level, region_id, month_key, audience, rural, kanoons,"
                + " reporting_kanoons, accepted_reports, participants, corridors_sum, regular_sum, managers,"
                + " trained_managers, valid_licences, members, young_managers, tenure_days_sum, tenure_count,"
                + " manager_changes, score_sum) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)",
                level, regionId, monthKey, audience, rural, kanoons, reports, participants, new BigDecimal(scoreSum));
    }
}
