package vn.thidua.dashboards.dataset;

/**
 * One category of a year-on-year chart: {@code null} means not reported and is drawn as no bar.
 * {@code fullName} is what the HTML table shows; the axis shows the key's short label.
 */
public record ComparisonRow(CategoryKey key, String fullName, Double previous, Double current) {

    public boolean hasAnyValue() {
        return previous != null || current != null;
    }
}
