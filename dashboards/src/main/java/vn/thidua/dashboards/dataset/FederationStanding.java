package vn.thidua.dashboards.dataset;

/**
 * One headline figure of a district or sector federation for the whole year, beside the province's and
 * last year's: what its leader asks first ("where do we stand?").
 * @param rank    1 = the highest among the federations with a figure, equal figures sharing a rank (1, 2, 2, 4);
 *                null when not ranked (a total, the units directly under the province, or no figure)
 * @param ranked  how many federations have a figure: the "11" of "3/11"
 * @param better  which way the indicator is good (catalogue {@code direction}): 1 higher, -1 lower, 0 neither
 */
public record FederationStanding(String indicatorCode, String label, Measure measure, Double current, Double previous,
                                 Double provinceCurrent, Integer rank, int ranked, int better) {

    /**
     * Rates and per-100 ratios compare between federations of any size; a total would only rank the big
     * ones first (the cluster ranking leaves totals out for the same reason), so a total is set against
     * the province as a share instead.
     */
    public boolean isRate() {
        return measure == Measure.PERCENT || measure == Measure.RATIO;
    }

    /** Points for a rate, percent for the rest; null when either year has no figure (or last year's is 0). */
    public Double change() {
        return ComparisonTables.change(new ComparisonRow(null, label, previous, current), measure);
    }

    /** The federation's share of the province's total, in percent; null for rates or when unknown. */
    public Double shareOfProvince() {
        if (isRate() || current == null || provinceCurrent == null || provinceCurrent == 0) {
            return null;
        }
        return current / provinceCurrent * 100;
    }
}
