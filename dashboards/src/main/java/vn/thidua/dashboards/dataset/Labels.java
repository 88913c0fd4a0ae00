package vn.thidua.dashboards.charts;

import vn.thidua.dashboards.format.Measure;
import vn.thidua.dashboards.format.UnitNames;
import vn.thidua.dashboards.snapshot.Indicator;
import vn.thidua.dashboards.snapshot.Snapshot;

/** Indicator labels come from the snapshot's catalogue; the code is the last resort, visible on purpose. */
public final class Labels {

    private Labels() {
    }

    public static String of(Snapshot snapshot, String indicatorCode) {
        return snapshot.indicator(indicatorCode)
                .map(Indicator::labelVi)
                .filter(s -> !s.isBlank())
                .map(UnitNames::tidy)
                .orElse(indicatorCode);
    }

    /** How the indicator's figures read; an unknown indicator reads as a count. */
    public static Measure measure(Snapshot snapshot, String indicatorCode) {
        return Measure.ofUnit(snapshot.indicator(indicatorCode).map(Indicator::unit).orElse(null));
    }
}
