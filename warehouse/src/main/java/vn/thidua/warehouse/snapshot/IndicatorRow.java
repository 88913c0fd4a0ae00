package vn.thidua.warehouse.snapshot;

/**
 * One row of {@code indicator}: an indicator of the catalogue the run used.
 *
 * @param direction {@code higher_better}, {@code lower_better} or {@code neutral} (contract §1): which verb a
 *                  sentence about it may use
 */
public record IndicatorRow(String code, String labelVi, String labelEn, String unit, Double scale, String direction) {

    public static final String HIGHER_BETTER = "higher_better";

    public Object[] cells() {
        return new Object[] {code, labelVi, labelEn, unit, scale, direction};
    }

    /** More is better: the figure is an achievement ("đạt"). */
    public boolean higherIsBetter() {
        return HIGHER_BETTER.equals(direction);
    }
}
