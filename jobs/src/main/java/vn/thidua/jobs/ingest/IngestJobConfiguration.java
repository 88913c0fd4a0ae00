package vn.thidua.jobs.ingest;

import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.ExclusiveRunLock;

/**
 * Job {@code ingest} (parameters {@code year}, {@code phase}): loads every new file of a phase's inbox.
 * Item = one file; chunk = one file, so each file commits (figures, audit, issues, file record) or
 * rolls back as a whole, and a killed run resumes at the first file that did not commit.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";

    @Bean
    Job ingestJob(JobRepository jobs, Step ingestFiles, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(ingestFiles).build();
    }

    @Bean
    Step ingestFiles(JobRepository jobs, PlatformTransactionManager tx, InboxItemReader inboxReader,
                     FileImporter fileImporter, ImportWriter importWriter) {
        return new StepBuilder("ingestFiles", jobs).<PendingFile, FileImport>chunk(1, tx)
                .reader(inboxReader).processor(fileImporter).writer(importWriter).build();
    }

    @Bean
    @StepScope
    InboxItemReader inboxReader(JdbcTemplate jdbc, ThiduaProperties properties,
                                @Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['phase']}") Long phase) {
        return new InboxItemReader(jdbc, properties.data(), year.intValue(), phase.intValue());
    }

    @Bean
    @StepScope
    FileImporter fileImporter(JdbcTemplate jdbc, @Value("#{jobParameters['year']}") Long year,
                              @Value("#{jobParameters['phase']}") Long phase) {
        IntakeCatalogue catalogue = IntakeCatalogue.load(jdbc, year.intValue(), phase.intValue());
        return new FileImporter(catalogue, new PreviousYearFigures(jdbc, year.intValue() - 1, phase.intValue()));
    }

    @Bean
    @StepScope
    ImportWriter importWriter(JdbcTemplate jdbc, ThiduaProperties properties, IngestProgress ingestProgress,
                              PlatformTransactionManager tx, @Value("#{jobParameters['dryRun']}") String dryRun) {
        TransactionTemplate savepoint = null;
        if (Boolean.parseBoolean(dryRun)) {
            savepoint = new TransactionTemplate(tx);
            savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        }
        return new ImportWriter(new ImportStore(jdbc),
                new ImportArchive(properties.archive(), properties.reports().resolve("dry-run")), ingestProgress, savepoint);
    }

    @Bean
    @JobScope
    IngestProgress ingestProgress() {
        return new IngestProgress();
    }
}
