package vn.thidua.dashboards.snapshot;

/** One row of the {@code indicator} table: the catalogue entry that gives an indicator its labels. */
public record Indicator(String code, String labelVi, String labelEn, String unit, Double scale) {

    /** Rates are compared in percentage points; every other unit by relative change. */
    public boolean isPercent() {
        return "percent".equals(unit);
    }
}
