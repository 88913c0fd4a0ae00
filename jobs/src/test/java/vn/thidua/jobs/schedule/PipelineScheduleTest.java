package vn.thidua.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.jobs.ThiduaApplication;

/** The scheduler's ingest tick on the sample data: loads the inboxes and, a deadline having passed, publishes. */
@SpringBootTest(classes = ThiduaApplication.class)
class PipelineScheduleTest {

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("thidua.workdir", () -> workdir.toString());
        registry.add("thidua.data", () -> System.getProperty("thidua.sample-data", "../sample-data"));
        registry.add("thidua.analytics.home", () -> System.getProperty("thidua.analytics.home", "../analytics/target"));
        registry.add("thidua.schedule.years", () -> "2023,2024");
    }

    @Autowired
    PipelineSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCronExpressionsAreValidAndATickAfterADeadlineLoadsAndPublishes() {
        // given the configured crons (an invalid one would throw here), stopped again: no tick may fire
        // during the test, whatever the time of day
        schedule.start();
        schedule.stop();
        assertThat(schedule.pendingTicks()).isZero();
        // when one ingest tick runs, long after both 2024 deadlines
        schedule.ingestAll();
        // then every phase is loaded, and the figures were published at once
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT (year, phase)) FROM unit_submission", Integer.class)).isEqualTo(4);
        assertThat(workdir.resolve("warehouse/current")).exists();
        assertThat(Files.exists(workdir.resolve("dashboards/index.html"))).isTrue();
        // and a second tick finds nothing new and no new deadline: no second analytics run
        schedule.ingestAll();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i"
                + " USING (job_instance_id) WHERE i.job_name = 'analytics'", Integer.class)).isEqualTo(1);
    }
}
