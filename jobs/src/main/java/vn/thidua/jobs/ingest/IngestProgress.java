package vn.thidua.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts files and rows of one ingest run and reports the rate, for long runs and for the summary. */
public class IngestProgress {

    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final long started = System.nanoTime();
    private final List<ImportSummary> files = new ArrayList<>();
    private long rows;

    synchronized void fileDone(ImportSummary summary) {
        files.add(summary);
        rows += summary.rowsRead();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info("[{} tệp, {} dòng, {} dòng/giây] {}: {} nạp mới, {} cập nhật, {} không đổi, {} dòng bị từ chối,"
                        + " {} cảnh báo{}", files.size(), rows, Math.round(rows / seconds), summary.fileName(),
                summary.imported(), summary.updated(), summary.unchanged(), summary.refusedRows(), summary.warnings(),
                summary.late() ? " (nộp muộn)" : "");
    }

    public synchronized List<ImportSummary> files() {
        return List.copyOf(files);
    }
}
