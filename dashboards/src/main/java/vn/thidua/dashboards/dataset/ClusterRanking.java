package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.ClusterNames;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grassroots units of one cluster (cụm, khối thi đua) ranked by an indicator for the whole year:
 * highest first, ties by unit code, so the ranking is the same on every run. The unit→cluster mapping
 * comes from {@code org_unit.cluster}; the cluster's name and own figure from its {@code cluster} rows.
 * @param ranked units with a figure, best first; {@code missing} those without one
 */
public record ClusterRanking(String clusterCode, String clusterName, IndicatorValueRow clusterValue,
                             List<RankedUnit> ranked, List<OrgUnitRow> missing) {

    /** How many units each end of the ranking shows. */
    public static final int SHOWN = 5;

    /** A unit, its rank in the cluster (1 = best) and its figures. */
    public record RankedUnit(int rank, OrgUnitRow unit, IndicatorValueRow value) {
    }

    public ClusterRanking {
        ranked = List.copyOf(ranked);
        missing = List.copyOf(missing);
    }

    /** All of them when few, otherwise the first and the last {@link #SHOWN}. */
    public List<RankedUnit> top() {
        return ranked.size() <= 2 * SHOWN ? ranked : ranked.subList(0, SHOWN);
    }

    public List<RankedUnit> bottom() {
        return ranked.size() <= 2 * SHOWN ? List.of() : ranked.subList(ranked.size() - SHOWN, ranked.size());
    }

    /** One ranking per cluster that has units, in cluster-code order. */
    public static List<ClusterRanking> of(DashboardData snapshot, String indicatorCode) {
        Map<String, IndicatorValueRow> unitValues = snapshot.byOrgUnit(indicatorCode, Level.UNIT, IndicatorValueRow.WHOLE_YEAR);
        Map<String, IndicatorValueRow> clusterValues = snapshot.byOrgUnit(indicatorCode, Level.CLUSTER,
                IndicatorValueRow.WHOLE_YEAR);
        Map<String, List<OrgUnitRow>> byCluster = new LinkedHashMap<>();
        snapshot.grassrootsUnits().stream()
                .filter(u -> u.cluster() != null && !u.cluster().isBlank())
                .sorted(Comparator.comparing(OrgUnitRow::cluster))
                .forEach(u -> byCluster.computeIfAbsent(u.cluster(), k -> new ArrayList<>()).add(u));
        Map<String, String> names = ClusterNames.of(snapshot);
        List<ClusterRanking> out = new ArrayList<>();
        byCluster.forEach((cluster, units) -> out.add(rank(cluster, units, unitValues, clusterValues.get(cluster),
                names.getOrDefault(cluster, "Cụm, khối " + cluster))));
        return out;
    }

    private static ClusterRanking rank(String cluster, List<OrgUnitRow> units, Map<String, IndicatorValueRow> values,
                                       IndicatorValueRow clusterValue, String name) {
        List<OrgUnitRow> withValue = new ArrayList<>();
        List<OrgUnitRow> missing = new ArrayList<>();
        for (OrgUnitRow u : units) {
            IndicatorValueRow v = values.get(u.code());
            (v != null && v.value() != null ? withValue : missing).add(u);
        }
        withValue.sort(Comparator.comparing((OrgUnitRow u) -> values.get(u.code()).value()).reversed()
                .thenComparing(OrgUnitRow::code));
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < withValue.size(); i++) {
            ranked.add(new RankedUnit(i + 1, withValue.get(i), values.get(withValue.get(i).code())));
        }
        return new ClusterRanking(cluster, name, clusterValue, ranked, missing);
    }

}
