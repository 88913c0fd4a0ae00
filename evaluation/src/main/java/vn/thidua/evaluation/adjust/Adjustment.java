package vn.thidua.evaluation.adjust;

import java.time.LocalDate;

/**
 * One line of the adjustments file (phúc tra): a criterion's points or the final grade of one unit,
 * set after verification, with who entered it, when and why. {@code target} is a criterion code or
 * {@value #GRADE}. Lines are never edited in place: a correction is a new line, the latest wins.
 */
public record Adjustment(int line, String unitCode, String target, String newValue, String reason,
                         String enteredBy, LocalDate enteredOn) {

    public static final String GRADE = "grade";

    public boolean isGrade() {
        return GRADE.equalsIgnoreCase(target);
    }

    /** Unit and target: two lines with the same key adjust the same thing. */
    String key() {
        return unitCode + "|" + target.toLowerCase(java.util.Locale.ROOT);
    }
}
