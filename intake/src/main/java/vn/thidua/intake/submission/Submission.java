package vn.thidua.intake.submission;

import java.util.List;
import vn.thidua.intake.UnitFigures;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.problem.Problem;

/**
 * What a submission file holds once read: the rows that passed every check, the problems (in line order),
 * how the file writes numbers and which cell showed it, and the metric columns it has (with their letters).
 *
 * @param numberStyleEvidence the cell that decided the number style, e.g. "ô C2 (cột Số đoàn viên) ghi “1.240”";
 *                            null when the file has whole numbers only
 */
public record Submission(List<UnitFigures> rows, List<Problem> problems, int rowsRead, NumberStyle numberStyle,
                         String numberStyleEvidence, List<String> metricColumns, java.util.Map<String, String> columnLetters) {

    /** The cell holding a metric's value on a line ("F12"), or null when the file has no such column. */
    public String cell(String metricCode, long line) {
        String letters = columnLetters.get(metricCode);
        return letters == null ? null : letters + line;
    }
}
