package ir.kanoonyar.backoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import ir.kanoonyar.backoffice.reminders.JobsOnMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two back-office schedulers on one Quartz store, built from the application's own Quartz settings
 * (clustered, AUTO instance ids, triggers acquired under the lock) on the real database: a trigger
 * fired N times runs its job N times in all, never twice for one firing, whichever node takes it.
 */
class QuartzClusterOnMariaDbTest extends JobsOnMariaDb {

    private static final int FIRINGS = 20;

    @Autowired
    QuartzProperties quartz;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

    /** Records each execution: which firing (its scheduled time) and which node ran it. */
    @DisallowConcurrentExecution
    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                JdbcTemplate jdbc = (JdbcTemplate) context.getScheduler().getContext().get("jdbc");
                jdbc.update("INSERT INTO cluster_test_execution (scheduled_for, node) VALUES (?, ?)",
                        new Timestamp(context.getScheduledFireTime().getTime()),
                        context.getScheduler().getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (SchedulerFactoryBean node : nodes) {
            node.destroy();
        }
    }

    @Test
    void eachFiringRunsOnceAcrossTwoInstances() throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS cluster_test_execution (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " scheduled_for DATETIME(6) NOT NULL, node VARCHAR(200) NOT NULL)");
        jdbc.update("DELETE FROM cluster_test_execution");
        Scheduler first = node("one");
        Scheduler second = node("two");
        assertThat(first.getSchedulerInstanceId()).isNotEqualTo(second.getSchedulerInstanceId());
        assertThat(first.getMetaData().isJobStoreClustered()).isTrue();

        JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("counting", "cluster-test").build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("counting", "cluster-test").startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(250)
                        .withRepeatCount(FIRINGS - 1).withMisfireHandlingInstructionNowWithExistingCount())
                .build();
        first.deleteJob(job.getKey());
        first.scheduleJob(job, trigger);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> executions() >= FIRINGS);
        // A duplicate, if the store allowed one, shows up within a while: the count must hold for 2 s.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(executions()).isEqualTo(FIRINGS));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT scheduled_for) FROM cluster_test_execution",
                Integer.class)).isEqualTo(FIRINGS);
        System.out.println("Firings per node: " + jdbc.queryForList(
                "SELECT node, COUNT(*) AS runs FROM cluster_test_execution GROUP BY node"));
    }

    private int executions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cluster_test_execution", Integer.class);
    }

    /** A scheduler as the application builds it (same properties, same store), under a test cluster name. */
    private Scheduler node(String name) throws Exception {
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        // AUTO ids are host name + start time in milliseconds: two nodes in one JVM must not share one,
        // so a few milliseconds deliberately pass between them.
        Thread.sleep(5);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName("kanoonyar-cluster-test");
        factory.setBeanName("cluster-test-" + name);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactions);
        factory.setQuartzProperties(properties);
        factory.setSchedulerContextAsMap(Map.of("jdbc", jdbc));
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.afterPropertiesSet();
        factory.start();
        nodes.add(factory);
        return factory.getScheduler();
    }
}
