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
import vn.thidua.intake.FileImport;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.report.ImportReport;

/**
 * Persists each checked file in the chunk's transaction, so a file is either wholly recorded or not at all;
 * then writes the clerk's report. A dry run does the same work inside a savepoint that is rolled back, so its
 * summary and report are exactly what a real run would give.
 */
class ImportWriter implements ItemWriter<PreparedFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    static final String[] TOTALS = {"files", "rows", "imported", "updated", "unchanged", "rejected", "errors", "warnings",
            "failedFiles"};

    private final ImportStore store;
    private final ImportArchive archive;
    private final IngestProgress progress;
    private final IntakeCatalogue catalogue;
    private final String contact;
    private final TransactionTemplate dryRunSavepoint;
    private ExecutionContext totals;

    /**
     * @param contact         whom a unit asks to withdraw a figure, for the report
     * @param dryRunSavepoint a NESTED transaction template when this is a dry run, else null
     */
    ImportWriter(ImportStore store, ImportArchive archive, IngestProgress progress, IntakeCatalogue catalogue, String contact,
                 TransactionTemplate dryRunSavepoint) {
        this.store = store;
        this.archive = archive;
        this.progress = progress;
        this.catalogue = catalogue;
        this.contact = contact;
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
    public void write(Chunk<? extends PreparedFile> chunk) throws Exception {
        store.commitWithoutWaitingForDisk(); // once per transaction: its files share the commit
        for (PreparedFile prepared : chunk) {
            FileImport file = prepared.file();
            ImportStore.Stored stored;
            Path report;
            if (dryRunSavepoint == null) {
                Path archived = archive.copied(file);
                stored = store.save(prepared, archived.toString());
                report = archive.writeReport(archived, ImportReport.html(file, stored.outcome(), catalogue, contact, false),
                        false);
            } else {
                stored = dryRunSavepoint.execute(status -> {
                    status.setRollbackOnly();
                    return store.save(prepared, null);
                });
                report = archive.writeDryRunReport(file, ImportReport.html(file, stored.outcome(), catalogue, contact, true));
            }
            progress.fileDone(stored.summary());
            add(stored.summary());
            if (file.refused()) {
                log.warn("Tệp {} bị từ chối: {}", file.file().fileName(), file.refusal().message());
            }
            log.debug("Báo cáo: {}", report);
        }
    }

    private void add(ImportSummary s) {
        if (totals == null) {
            return;
        }
        long[] values = {1, s.rowsRead(), s.imported(), s.updated(), s.unchanged(), s.refusedRows(), s.errors(), s.warnings(),
                "failed".equals(s.status()) ? 1 : 0};
        for (int i = 0; i < TOTALS.length; i++) {
            totals.putLong(TOTALS[i], totals.getLong(TOTALS[i], 0) + values[i]);
        }
    }
}
