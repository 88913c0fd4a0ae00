package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.snapshot.IndicatorRow;

/** IndicatorRow labels come from the snapshot's catalogue; the code is the last resort, visible on purpose. */
public final class Labels {

    private Labels() {
    }

    public static String of(DashboardData snapshot, String indicatorCode) {
        return snapshot.indicator(indicatorCode)
                .map(IndicatorRow::labelVi)
                .filter(s -> !s.isBlank())
                .map(UnitNames::tidy)
                .orElse(indicatorCode);
    }

    /** How the indicator's figures read; an unknown indicator reads as a count. */
    public static Measure measure(DashboardData snapshot, String indicatorCode) {
        return Measure.ofUnit(snapshot.indicator(indicatorCode).map(IndicatorRow::unit).orElse(null));
    }
}
