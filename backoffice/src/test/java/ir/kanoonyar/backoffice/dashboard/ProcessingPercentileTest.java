package ir.kanoonyar.backoffice.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The period's percentiles read off review steps counted by their hours, as the roll-up takes a month's. */
class ProcessingPercentileTest {

    @Test
    void aPercentileIsTheSmallestHoursWithThatShareOfTheStepsAtOrBelowIt() {
        // Five steps of 10 hours and one each of 20 and 200: the median is 10, the 90th percentile 200.
        List<DashboardFigures.HoursCount> counts = List.of(new DashboardFigures.HoursCount(10.0, 5, 0),
                new DashboardFigures.HoursCount(20.0, 1, 0), new DashboardFigures.HoursCount(200.0, 1, 1));
        assertThat(DashboardFigures.percentile(counts, 7, 50)).isEqualTo(10.0);
        assertThat(DashboardFigures.percentile(counts, 7, 90)).isEqualTo(200.0);
        // One step each: as the month's own figures (the median of 10, 20, 200 is 20).
        List<DashboardFigures.HoursCount> once = List.of(new DashboardFigures.HoursCount(10.0, 1, 0),
                new DashboardFigures.HoursCount(20.0, 1, 0), new DashboardFigures.HoursCount(200.0, 1, 1));
        assertThat(DashboardFigures.percentile(once, 3, 50)).isEqualTo(20.0);
        assertThat(DashboardFigures.percentile(once, 3, 90)).isEqualTo(200.0);
    }
}
