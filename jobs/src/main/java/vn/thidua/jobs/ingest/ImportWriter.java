package vn.thidua.jobs.ingest;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Persists each validated file in the chunk's transaction (one file per chunk), so a file is either
 * wholly recorded or not at all; then writes the unit's report. A dry run does the same work inside a
 * savepoint that is rolled back, so its summary and report are exactly what a real run would give.
 */
class ImportWriter implements ItemWriter<FileImport>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    static final String[] TOTALS = {"files", "rows", "imported", "updated", "unchanged", "rejected", "warnings", "failedFiles"};

    private final ImportStore store;
    private final ImportArchive archive;
    private final IngestProgress progress;
    private final TransactionTemplate dryRunSavepoint;
    private ExecutionContext totals;

    /** @param dryRunSavepoint a NESTED transaction template when this is a dry run, else null */
    ImportWriter(ImportStore store, ImportArchive archive, IngestProgress progress, TransactionTemplate dryRunSavepoint) {
        this.store = store;
        this.archive = archive;
        this.progress = progress;
        this.dryRunSavepoint = dryRunSavepoint;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        totals = stepExecution.getExecutionContext();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return stepExecution.getExitStatus();
    }

    @Override
    public void write(Chunk<? extends FileImport> chunk) throws Exception {
        store.commitWithoutWaitingForDisk(); // once per transaction: its files share the commit
        for (FileImport file : chunk) {
            ImportSummary summary;
            Path report;
            if (dryRunSavepoint == null) {
                Path archived = archive.copied(file);
                summary = store.save(file, archived.toString());
                report = archive.writeReport(archived, file, summary, false);
            } else {
                summary = dryRunSavepoint.execute(status -> {
                    status.setRollbackOnly();
                    return store.save(file, null);
                });
                report = archive.writeDryRunReport(file, summary);
            }
            progress.fileDone(summary);
            add(summary);
            if (file.rejected()) {
                log.warn("Tệp {} bị từ chối: {}", file.file().fileName(), file.fileError().getMessage());
            }
            log.debug("Báo cáo: {}", report);
        }
    }

    private void add(ImportSummary s) {
        if (totals == null) {
            return;
        }
        long[] values = {1, s.rowsRead(), s.imported(), s.updated(), s.unchanged(), s.rejected(), s.warnings(),
                "failed".equals(s.status()) ? 1 : 0};
        for (int i = 0; i < TOTALS.length; i++) {
            totals.putLong(TOTALS[i], totals.getLong(TOTALS[i], 0) + values[i]);
        }
    }
}
