package vn.thidua.jobs.reference;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.reference.ReferenceFile;
import vn.thidua.reference.csv.CsvTable;
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
import javax.sql.DataSource;

/**
 * Job {@code referenceData}: loads org units, phases and the catalogues from {@code <data>/reference}
 * in one transaction. Running it again with the same files changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataJobConfiguration {

    public static final String JOB_NAME = "referenceData";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataJobConfiguration.class);

    @Bean
    Job referenceDataJob(JobRepository jobs, Step loadReferenceData, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(loadReferenceData).build();
    }

    @Bean
    Step loadReferenceData(JobRepository jobs, PlatformTransactionManager tx, ReferenceDataWriter writer,
                           ThiduaProperties properties) {
        return new StepBuilder("loadReferenceData", jobs).tasklet((contribution, context) -> {
            Path dir = properties.data().resolve("reference");
            ReferenceData data = ReferenceData.read(dir);
            Map<ReferenceFile, Integer> counts = writer.write(data);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            contribution.incrementWriteCount(total);
            context.getStepContext().getStepExecution().getExecutionContext().putString("catalogueVersion", data.version());
            log.info("Reference data {} loaded from {}: {}", data.version(), dir, counts);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
