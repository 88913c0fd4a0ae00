package vn.thidua.sampledata;

/**
 * One line of a submission file before formatting. {@code cells} are in {@link Metric} order, each a
 * Long (a number), a String (text exactly as the unit typed it: "12a", or a number stored as text),
 * a {@link Formula} (XLSX only; CSV writes its cached value) or null (blank = not reported).
 * The writer records the physical line or sheet row it landed on, so problems can be documented.
 */
final class Row {
    final String unitCode;
    final String unitName;
    final Object[] cells;
    int line;

    Row(String unitCode, String unitName, Object[] cells) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.cells = cells;
    }

    static Row of(String unitCode, String unitName, Long[] values) {
        // An Object[] copy: problems later put Strings and Formulas into a figures row.
        return new Row(unitCode, unitName, java.util.Arrays.copyOf(values, values.length, Object[].class));
    }

    Row copy() {
        return new Row(unitCode, unitName, cells.clone());
    }

    Object get(Metric m) {
        return cells[m.ordinal()];
    }

    void set(Metric m, Object value) {
        cells[m.ordinal()] = value;
    }

    long number(Metric m) {
        Object o = cells[m.ordinal()];
        return o instanceof Formula f ? f.cached() : o instanceof String s ? Long.parseLong(s) : (Long) o;
    }

    /** An Excel formula over cells of the same row: {@code {metric_code}} names the column. */
    record Formula(String template, long cached) {}
}
