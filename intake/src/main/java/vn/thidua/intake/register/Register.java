package vn.thidua.intake.register;

import java.util.List;
import vn.thidua.intake.Initiative;
import vn.thidua.intake.number.NumberStyle;
import vn.thidua.intake.problem.Problem;

/** What an initiative register holds once read: its valid lines, the problems, and how it writes numbers. */
public record Register(List<Initiative> initiatives, List<Problem> problems, int rowsRead, NumberStyle numberStyle,
                       String numberStyleEvidence) {
}
