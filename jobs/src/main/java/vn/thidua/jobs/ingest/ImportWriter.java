package vn.thidua.jobs.ingest;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Persists each validated file in the chunk's transaction (one file per chunk), so a file is either
 * wholly recorded or not at all; then writes the unit's report. Logs progress as it goes.
 */
class ImportWriter implements ItemWriter<FileImport> {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final ImportStore store;
    private final ImportArchive archive;
    private final IngestProgress progress;

    ImportWriter(ImportStore store, ImportArchive archive, IngestProgress progress) {
        this.store = store;
        this.archive = archive;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends FileImport> chunk) throws Exception {
        for (FileImport file : chunk) {
            Path archived = archive.copy(file);
            ImportSummary summary = store.save(file, archived.toString());
            archive.writeReport(archived, file, summary, false);
            progress.fileDone(summary);
            if (file.rejected()) {
                log.warn("Tệp {} bị từ chối: {}", file.file().fileName(), file.fileError().getMessage());
            }
        }
    }
}
