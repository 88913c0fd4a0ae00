package vn.thidua.jobs.ingest;

import org.springframework.batch.repeat.RepeatContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.repeat.policy.SimpleCompletionPolicy;

/**
 * Ends the ingest's transaction after a few files, or earlier once its files hold many rows: small files
 * share a commit, while a large one is not kept in memory together with several more.
 */
class FilesOrRows extends SimpleCompletionPolicy {

    private final ReadAheadImporter reader;
    private final long maxRows;
    private long rowsAtStart;

    FilesOrRows(int maxFiles, long maxRows, ReadAheadImporter reader) {
        super(maxFiles);
        this.maxRows = maxRows;
        this.reader = reader;
    }

    @Override
    public RepeatContext start(RepeatContext parent) {
        rowsAtStart = reader.rowsHandedOut();
        return super.start(parent);
    }

    @Override
    public boolean isComplete(RepeatContext context, RepeatStatus result) {
        return super.isComplete(context, result) || enoughRows();
    }

    @Override
    public boolean isComplete(RepeatContext context) {
        return super.isComplete(context) || enoughRows();
    }

    private boolean enoughRows() {
        return reader.rowsHandedOut() - rowsAtStart >= maxRows;
    }
}
