package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.item.ItemProcessor;

/**
 * Reads and validates one file (nothing is written here): parse, check every row against the
 * catalogue, then warn where a value moved more than the catalogue allows against the previous year.
 */
class FileImporter implements ItemProcessor<PendingFile, FileImport> {

    private final IntakeCatalogue catalogue;
    private final PreviousYearFigures previousYear;

    FileImporter(IntakeCatalogue catalogue, PreviousYearFigures previousYear) {
        this.catalogue = catalogue;
        this.previousYear = previousYear;
    }

    @Override
    public FileImport process(PendingFile pending) throws IOException {
        InboxFile file = pending.file();
        boolean late = file.receivedAt().toLocalDate().isAfter(catalogue.phase().deadline());
        try {
            SheetSource source = SheetSources.open(file.path());
            if (file.kind() == InboxFile.Kind.INITIATIVES) {
                InitiativeParser.Result result = new InitiativeParser(catalogue, source).parse();
                return new FileImport(file, pending.sha256(), late, result.rowsRead(), List.of(), result.initiatives(),
                        result.issues(), null);
            }
            SubmissionParser.Result result = new SubmissionParser(catalogue, source).parse();
            List<Issue> issues = new ArrayList<>(result.issues());
            issues.addAll(changeWarnings(result.rows()));
            return new FileImport(file, pending.sha256(), late, result.rowsRead(), result.rows(), List.of(), issues, null);
        } catch (FileRejectedException e) {
            return rejected(pending, late, e);
        } catch (IOException e) {
            // a file we cannot read is the sender's problem to fix, not a reason to stop the whole inbox
            return rejected(pending, late, new FileRejectedException("UNREADABLE", "Không đọc được tệp: " + e.getMessage()));
        }
    }

    private static FileImport rejected(PendingFile pending, boolean late, FileRejectedException e) {
        return new FileImport(pending.file(), pending.sha256(), late, 0, List.of(), List.of(),
                List.of(Issue.error(null, null, null, e.code(), e.getMessage(), null)), e);
    }

    private List<Issue> changeWarnings(List<UnitFigures> rows) {
        Map<String, Map<String, BigDecimal>> before = previousYear.of(rows.stream().map(UnitFigures::unitCode).toList());
        List<Issue> warnings = new ArrayList<>();
        for (UnitFigures row : rows) {
            Map<String, BigDecimal> old = before.get(row.unitCode());
            if (old == null) {
                continue;
            }
            for (IntakeCatalogue.Metric metric : catalogue.metrics()) {
                BigDecimal now = row.figures().get(metric.code());
                BigDecimal then = old.get(metric.code());
                if (metric.maxChangePct() == null || now == null || then == null || then.signum() == 0) {
                    continue;
                }
                BigDecimal pct = now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, 1, RoundingMode.HALF_UP);
                if (pct.abs().compareTo(metric.maxChangePct()) > 0) {
                    warnings.add(Issue.warning(row.lineNo(), metric.labelVi(), row.unitCode(), "LARGE_CHANGE",
                            "\"" + metric.labelVi() + "\" thay đổi " + Numbers.vietnamese(pct) + "% so với cùng đợt năm "
                                    + (catalogue.phase().year() - 1) + " (" + Numbers.vietnamese(then) + " → "
                                    + Numbers.vietnamese(now) + "); vui lòng kiểm tra", now.toPlainString()));
                }
            }
        }
        return warnings;
    }
}
