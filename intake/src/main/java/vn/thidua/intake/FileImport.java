package vn.thidua.intake;

import java.util.List;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.problem.Problem;

/**
 * Everything read from one inbox file, before anything is written: the rows that passed every check, the
 * problems, or the problem that refuses the whole file.
 *
 * @param source        what the file is, for the report ("tệp văn bản, bảng mã UTF-8 …"); null when unreadable
 * @param numberStyle   how the file writes numbers; null when the file was refused before it was decided
 * @param styleEvidence the cell that decided it; null when none did
 * @param metricColumns the metric codes the file has a column for (a submission); empty otherwise
 */
public record FileImport(InboxFile file, String sha256, boolean late, int rowsRead, List<UnitFigures> rows,
                         List<Initiative> initiatives, List<Problem> problems, Problem refusal, String source,
                         NumberStyle numberStyle, String styleEvidence, List<String> metricColumns) {

    public boolean refused() {
        return refusal != null;
    }

    /** Rows refused for one or more errors (a row with three errors counts once). */
    public long refusedRows() {
        return problems.stream().filter(p -> !p.isWarning() && !p.refusesFile() && p.line() != null)
                .map(Problem::line).distinct().count();
    }

    /** Errors on refused rows: each fault of each row. */
    public long rowErrors() {
        return problems.stream().filter(p -> !p.isWarning() && !p.refusesFile()).count();
    }

    public long warnings() {
        return problems.stream().filter(Problem::isWarning).count();
    }
}
