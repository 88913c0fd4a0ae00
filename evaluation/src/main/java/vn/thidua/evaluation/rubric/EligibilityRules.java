package vn.thidua.evaluation.rubric;

import java.time.LocalDate;

/** Months of activity needed by {@code asOf} (the end of the evaluated year unless the rubric says otherwise). */
public record EligibilityRules(int minMonthsOpen, int minMonthsAfterReorganisation, LocalDate asOf) {
}
