package vn.thidua.warehouse.snapshot;

/** One row of {@code indicator}: an indicator of the catalogue the run used. */
public record IndicatorRow(String code, String labelVi, String labelEn, String unit, Double scale) {

    public Object[] cells() {
        return new Object[] {code, labelVi, labelEn, unit, scale};
    }
}
