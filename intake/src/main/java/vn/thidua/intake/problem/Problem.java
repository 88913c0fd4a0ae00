package vn.thidua.intake.problem;

/**
 * One problem found in a submitted file, with everything the sender needs to fix it: where (line, column
 * as headed in their file, and the cell as a spreadsheet names it), which unit, a Vietnamese sentence and
 * the text exactly as it was typed.
 *
 * @param ruleCode the cross-field rule of {@code rules.csv} for {@link ProblemCode#RULE}, else null
 * @param line     the line (CSV) or row (workbook) a person sees in their editor; null for the whole file
 * @param column   the column's header as written in the file; null for the whole file
 * @param cell     the cell's name ("F12"); null when the problem is not about one cell
 * @param unitCode the unit of the row; null when unknown
 * @param rawValue the cell's text as typed; null when there is none
 */
public record Problem(ProblemCode code, String ruleCode, Long line, String column, String cell, String unitCode,
                      String message, String rawValue) {

    public static Problem ofFile(ProblemCode code, String message) {
        return new Problem(code, null, null, null, null, null, message, null);
    }

    public static Problem at(ProblemCode code, long line, String column, String cell, String unitCode, String message,
                             String rawValue) {
        return new Problem(code, null, line, column, cell, unitCode, message, rawValue);
    }

    public static Problem rule(String ruleCode, long line, String column, String cell, String unitCode, String message,
                               String rawValue) {
        return new Problem(ProblemCode.RULE, ruleCode, line, column, cell, unitCode, message, rawValue);
    }

    /** The code as stored and shown: the rule's own code for a cross-field rule ({@code RULE_<code>}). */
    public String storedCode() {
        return code == ProblemCode.RULE ? "RULE_" + ruleCode : code.name();
    }

    public boolean isWarning() {
        return code.effect() == ProblemCode.Effect.WARNING;
    }

    public boolean refusesFile() {
        return code.effect() == ProblemCode.Effect.FILE;
    }
}
