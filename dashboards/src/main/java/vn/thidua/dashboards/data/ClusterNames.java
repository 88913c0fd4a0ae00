package vn.thidua.dashboards.federations;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.thidua.dashboards.format.UnitNames;
import vn.thidua.dashboards.snapshot.IndicatorValue;
import vn.thidua.dashboards.snapshot.Level;
import vn.thidua.dashboards.snapshot.Snapshot;

/** Cluster names: {@code org_unit} holds only the cluster code, the {@code cluster} rows carry the name. */
public final class ClusterNames {

    private ClusterNames() {
    }

    public static Map<String, String> of(Snapshot snapshot) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndicatorValue v : snapshot.values()) {
            if (v.level() == Level.CLUSTER && v.orgUnitName() != null && !v.orgUnitName().isBlank()) {
                names.putIfAbsent(v.orgUnitCode(), UnitNames.tidy(v.orgUnitName()));
            }
        }
        return names;
    }
}
