package vn.thidua.dashboards.dataset;

import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * From rows to a JFreeChart dataset with two series, previous year then current year (the theme
 * colours series 0 and 1 accordingly). A missing figure is stored as {@code null}: the category
 * keeps its place on the axis, the bar is not drawn and the axis range ignores it — never a zero bar.
 */
public final class YearComparisonDataset {

    private YearComparisonDataset() {
    }

    public static String seriesKey(int year) {
        return "Năm " + year;
    }

    public static DefaultCategoryDataset of(List<ComparisonRow> rows, int year) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String previous = seriesKey(year - 1);
        String current = seriesKey(year);
        for (ComparisonRow row : rows) {
            dataset.addValue(row.previous(), previous, row.key());
            dataset.addValue(row.current(), current, row.key());
        }
        return dataset;
    }

    public static boolean hasAnyValue(List<ComparisonRow> rows) {
        return rows.stream().anyMatch(ComparisonRow::hasAnyValue);
    }
}
