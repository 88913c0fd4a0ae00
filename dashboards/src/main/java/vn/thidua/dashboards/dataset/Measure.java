package vn.thidua.dashboards.dataset;

import vn.thidua.vietnamese.VietnameseFormat;

/**
 * How an indicator's figures read, from its catalogue {@code unit}: a rate in percent changes in
 * percentage points; everything else changes relatively; money is shown in millions or billions of đồng.
 */
public enum Measure {
    PERCENT, RATIO, COUNT, MONEY;

    public static Measure ofUnit(String unit) {
        if (unit == null) {
            return COUNT;
        }
        return switch (unit) {
            case "percent" -> PERCENT;
            case "per100", "ratio" -> RATIO;
            case "vnd" -> MONEY;
            default -> COUNT;
        };
    }

    /** Decimals of a figure: rates and ratios one, counts none (a count has no fraction), money as đồng. */
    public int decimals() {
        return this == PERCENT || this == RATIO ? 1 : 0;
    }

    public String text(Double value) {
        if (value == null) {
            return TableCell.NO_DATA;
        }
        return switch (this) {
            case PERCENT -> VietnameseFormat.percent(value);
            case MONEY -> VietnameseFormat.money(value);
            // one decimal always (7,0 beside 7,2), as the bars print it
            case RATIO -> VietnameseFormat.fixed(value, 1);
            default -> VietnameseFormat.number(value, decimals());
        };
    }

    public TableCell cell(Double value) {
        return this == PERCENT ? TableCell.percent(value) : TableCell.number(value, decimals());
    }

    /** The header of the change column: points for rates, percent for the rest. */
    public String changeHeader() {
        return this == PERCENT ? "Thay đổi (điểm)" : "Thay đổi (%)";
    }
}
