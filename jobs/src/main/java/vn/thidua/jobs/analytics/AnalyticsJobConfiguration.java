package vn.thidua.jobs.analytics;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.ExclusiveRunLock;
import vn.thidua.warehouse.Warehouse;

/**
 * Job {@code analytics} (parameter {@code year}): exports a consistent snapshot of the accepted
 * figures, then runs the Spark job that computes the indicators into a new Parquet snapshot and
 * publishes it by moving {@code current}.
 */
@Configuration(proxyBeanMethods = false)
public class AnalyticsJobConfiguration {

    public static final String JOB_NAME = "analytics";
    private static final Logger log = LoggerFactory.getLogger(AnalyticsJobConfiguration.class);

    @Bean
    Job analyticsJob(JobRepository jobs, Step computeIndicators, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(computeIndicators).build();
    }

    /** One JVM per run, or (for {@code schedule}) one kept warm between runs and started with the application. */
    @Bean(destroyMethod = "close")
    AnalyticsDriver analyticsDriver(ThiduaProperties properties) throws java.io.IOException {
        if (!properties.analytics().warmDriver()) {
            return new SparkJob(properties.analytics());
        }
        WarmSparkDriver driver = new WarmSparkDriver(properties.analytics());
        driver.start();
        return driver;
    }

    @Bean
    Step computeIndicators(JobRepository jobs, PlatformTransactionManager tx, DataSource dataSource, ThiduaProperties properties,
                           AnalyticsDriver driver) {
        return new StepBuilder("computeIndicators", jobs).tasklet((contribution, context) -> {
            int year = ((Long) context.getStepContext().getJobParameters().get("year")).intValue();
            Warehouse house = new Warehouse(properties.warehouse());
            String runId = house.newRunId(null, Instant.now());
            Path warehouse = house.root();
            Path input = house.staging(runId).resolve("input");
            long started = System.nanoTime();
            Map<String, Long> rows = new AnalyticsExport(dataSource).export(input, year);
            log.info("Đã xuất dữ liệu đầu vào ({} ms): {}", (System.nanoTime() - started) / 1_000_000, rows);
            contribution.incrementReadCount();
            driver.run(input, warehouse, year, runId);
            context.getStepContext().getStepExecution().getExecutionContext().putString("runId", runId);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
