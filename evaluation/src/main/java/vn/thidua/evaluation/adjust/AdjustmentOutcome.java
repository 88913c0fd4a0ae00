package vn.thidua.evaluation.adjust;

/**
 * What became of one adjustment line in a run: applied (with the value before and after), superseded by
 * a later line for the same unit and target, or rejected (with the reason). All of them go to the audit.
 */
public record AdjustmentOutcome(Adjustment adjustment, Status status, String message, String before, String after) {

    public enum Status {
        APPLIED("đã áp dụng"), SUPERSEDED("đã được thay bằng dòng sau"), REJECTED("không áp dụng");

        private final String labelVi;

        Status(String labelVi) {
            this.labelVi = labelVi;
        }

        public String labelVi() {
            return labelVi;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
