package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator for a federation's grassroots unions over the whole year, this year beside the previous one,
 * highest first (units without a figure last, never as zero), with the federation's and the province's own
 * figures of this year to read each unit against.
 */
public record UnitComparison(String indicatorCode, String label, Measure measure, List<ComparisonRow> rows,
                             Double federationValue, Double provinceValue) {

    public UnitComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param unitValues the indicator's unit rows for the whole year by unit code, read once for every federation
     */
    public static UnitComparison of(DashboardData snapshot, Federation federation, String indicatorCode,
                                    Map<String, IndicatorValueRow> unitValues) {
        List<ComparisonRow> rows = federation.units().stream().map(u -> row(u, unitValues.get(u.code())))
                .sorted(FederationRows.byCurrentDescending()).toList();
        Double own = snapshot.federationValue(indicatorCode, federation.code(), IndicatorValueRow.WHOLE_YEAR)
                .map(IndicatorValueRow::value).orElse(null);
        Double province = snapshot.provinceValue(indicatorCode, IndicatorValueRow.WHOLE_YEAR)
                .map(IndicatorValueRow::value).orElse(null);
        return new UnitComparison(indicatorCode, Labels.of(snapshot, indicatorCode), Labels.measure(snapshot, indicatorCode),
                rows, own, province);
    }

    private static ComparisonRow row(OrgUnitRow unit, IndicatorValueRow v) {
        String name = UnitNames.tidy(Objects.toString(unit.name(), unit.code()));
        return new ComparisonRow(new CategoryKey(unit.code(), Labels.unitOnAxis(unit.code(), name)), name,
                v == null ? null : v.previousValue(), v == null ? null : v.value());
    }

    public boolean hasAnyValue() {
        return YearComparisonDataset.hasAnyValue(rows);
    }

    /** The units with a figure this year, highest first. */
    public List<ComparisonRow> withFigure() {
        return rows.stream().filter(r -> r.current() != null).toList();
    }

    /** The units with no figure this year (not reported), in the federation's order. */
    public List<ComparisonRow> withoutFigure() {
        return rows.stream().filter(r -> r.current() == null).toList();
    }
}
