package vn.thidua.analytics.input;

/** Internal column names for catalogue-driven columns (prefixed, so a metric code is never a keyword). */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static String metric(String metricCode) {
        return "m__" + metricCode;
    }

    public static String target(String metricCode) {
        return "t__" + metricCode;
    }

    public static String register(String field) {
        return "r__" + field;
    }
}
