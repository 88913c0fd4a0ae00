package vn.thidua.jobs.ingest;

import java.util.List;

/**
 * Everything read from one inbox file, before anything is written: the rows that passed validation,
 * the issues, or the file-level error that rejects the whole file.
 */
public record FileImport(InboxFile file, String sha256, boolean late, int rowsRead, List<UnitFigures> rows,
                         List<Initiative> initiatives, List<Issue> issues, FileRejectedException fileError) {

    public boolean rejected() {
        return fileError != null;
    }

    public long errorRows() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR && i.lineNo() != null)
                .map(Issue::lineNo).distinct().count();
    }

    public long warnings() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.WARNING).count();
    }
}
