package vn.thidua.dashboards.data;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cluster names: {@code org_unit} holds only the cluster code, the {@code cluster} rows carry the name. */
public final class ClusterNames {

    private ClusterNames() {
    }

    public static Map<String, String> of(DashboardData snapshot) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndicatorValueRow v : snapshot.values()) {
            if (v.level() == Level.CLUSTER && v.orgUnitName() != null && !v.orgUnitName().isBlank()) {
                names.putIfAbsent(v.orgUnitCode(), UnitNames.tidy(v.orgUnitName()));
            }
        }
        return names;
    }
}
