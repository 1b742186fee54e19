package ir.kanoonyar.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The back-office in its production shape: MySQL-protocol database, Quartz on the JDBC job store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnMariaDbTest extends ProductionShapeContract {

    @Autowired
    Scheduler scheduler;

    @Test
    void quartzRunsClusteredOnTheMigratedTables() throws Exception {
        SchedulerMetaData meta = scheduler.getMetaData();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        assertThat(meta.isJobStoreClustered()).isTrue();
        // The clustered scheduler checks in to the table the migration made, under Quartz's own name.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }
}
