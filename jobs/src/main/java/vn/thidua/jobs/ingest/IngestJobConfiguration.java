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
import vn.thidua.intake.FileImport;
import vn.thidua.intake.FileImporter;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.run.ExclusiveRunLock;

/**
 * Job {@code ingest} (parameters {@code year}, {@code phase}): loads every new file of a phase's inbox.
 * Item = one file, read and validated ahead on a background thread; a chunk of a few files commits
 * (figures, audit, issues, file records) or rolls back as a whole, and a killed run resumes at the
 * first file that did not commit.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";

    @Bean
    Job ingestJob(JobRepository jobs, Step ingestFiles, DataSource dataSource) {
        return new JobBuilder(JOB_NAME, jobs).listener(new ExclusiveRunLock(dataSource)).start(ingestFiles).build();
    }

    @Bean
    Step ingestFiles(JobRepository jobs, PlatformTransactionManager tx, ReadAheadImporter inboxFiles,
                     ImportWriter importWriter) {
        return new StepBuilder("ingestFiles", jobs)
                .<PreparedFile, PreparedFile>chunk(new FilesOrRows(FILES_PER_TRANSACTION, ROWS_PER_TRANSACTION, inboxFiles), tx)
                .reader(inboxFiles).writer(importWriter).build();
    }

    /**
     * A few files per transaction: a national phase has ~1,500 files, and one commit (with Batch's own
     * bookkeeping) per file cost more than writing the smaller ones. A crash redoes at most this many.
     */
    static final int FILES_PER_TRANSACTION = 8;

    /** ...or fewer once they hold this many rows, so memory does not grow with the size of the files. */
    static final long ROWS_PER_TRANSACTION = 20_000;

    /**
     * Prepared files waiting for the writer: two transactions' worth, so the next one is read while the writer
     * stores the current one (with one transaction's worth the writer emptied the queue at the start of each
     * chunk and then waited for the reader, measured nationally at 3 s of 14); few enough to bound memory.
     */
    static final int READ_AHEAD_FILES = 2 * FILES_PER_TRANSACTION;
    static final long READ_AHEAD_ROWS = 2 * ROWS_PER_TRANSACTION;

    /**
     * Files read at the same time: one per core (at most four), since reading and checking is CPU work; the
     * rows of the files being read come on top of {@link #READ_AHEAD_ROWS}.
     */
    static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Bean
    @StepScope
    PhaseIntake phaseIntake(JdbcTemplate jdbc, @Value("#{jobParameters['year']}") Long year,
                            @Value("#{jobParameters['phase']}") Long phase) {
        IntakeCatalogue catalogue = IntakeCatalogues.load(jdbc, year.intValue(), phase.intValue());
        return new PhaseIntake(catalogue, new FileImporter(catalogue,
                new PreviousYearFigures(jdbc, year.intValue() - 1, phase.intValue())));
    }

    @Bean
    @StepScope
    ReadAheadImporter inboxFiles(JdbcTemplate jdbc, ThiduaProperties properties, PhaseIntake phaseIntake,
                                 @Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['phase']}") Long phase,
                                 @Value("#{jobParameters['dryRun']}") String dryRun) {
        FileImporter importer = phaseIntake.importer();
        return new ReadAheadImporter(new InboxItemReader(jdbc, properties.data(), year.intValue(), phase.intValue()),
                pending -> importer.read(pending.file(), pending.sha256()),
                Boolean.parseBoolean(dryRun) ? null : archive(properties), READERS, READ_AHEAD_FILES, READ_AHEAD_ROWS);
    }

    @Bean
    @StepScope
    ImportWriter importWriter(JdbcTemplate jdbc, ThiduaProperties properties, IngestProgress ingestProgress,
                              PlatformTransactionManager tx, PhaseIntake phaseIntake,
                              @Value("#{jobParameters['dryRun']}") String dryRun) {
        TransactionTemplate savepoint = null;
        if (Boolean.parseBoolean(dryRun)) {
            savepoint = new TransactionTemplate(tx);
            savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        }
        return new ImportWriter(new ImportStore(jdbc), archive(properties), ingestProgress, phaseIntake.catalogue(),
                properties.intake().contact(), savepoint);
    }

    private static ImportArchive archive(ThiduaProperties properties) {
        return new ImportArchive(properties.archive(), properties.reports().resolve("dry-run"));
    }

    @Bean
    @JobScope
    IngestProgress ingestProgress() {
        return new IngestProgress();
    }
}
