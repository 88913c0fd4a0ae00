package vn.thidua.warehouse.snapshot;

/**
 * One row of {@code movement}: a year's emulation movement as documents name it.
 *
 * @param themeVi    the year's theme (chủ đề), may be null
 * @param occasionVi what the review serves, e.g. an anniversary; may be null
 */
public record MovementRow(int year, String nameVi, String themeVi, String occasionVi) {

    public Object[] cells() {
        return new Object[] {year, nameVi, themeVi, occasionVi};
    }
}
