package vn.thidua.dashboards.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dashboards.federations.ClusterNames;
import vn.thidua.dashboards.snapshot.IndicatorValue;
import vn.thidua.dashboards.snapshot.Level;
import vn.thidua.dashboards.snapshot.OrgUnit;
import vn.thidua.dashboards.snapshot.Snapshot;

/**
 * The grassroots units of one cluster (cụm, khối thi đua) ranked by an indicator for the whole year:
 * highest first, ties by unit code, so the ranking is the same on every run. The unit→cluster mapping
 * comes from {@code org_unit.cluster}; the cluster's name and own figure from its {@code cluster} rows.
 * @param ranked units with a figure, best first; {@code missing} those without one
 */
public record ClusterRanking(String clusterCode, String clusterName, IndicatorValue clusterValue,
                             List<RankedUnit> ranked, List<OrgUnit> missing) {

    /** How many units each end of the ranking shows. */
    public static final int SHOWN = 5;

    /** A unit, its rank in the cluster (1 = best) and its figures. */
    public record RankedUnit(int rank, OrgUnit unit, IndicatorValue value) {
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
    public static List<ClusterRanking> of(Snapshot snapshot, String indicatorCode) {
        Map<String, IndicatorValue> unitValues = snapshot.byOrgUnit(indicatorCode, Level.UNIT, IndicatorValue.WHOLE_YEAR);
        Map<String, IndicatorValue> clusterValues = snapshot.byOrgUnit(indicatorCode, Level.CLUSTER,
                IndicatorValue.WHOLE_YEAR);
        Map<String, List<OrgUnit>> byCluster = new LinkedHashMap<>();
        snapshot.grassrootsUnits().stream()
                .filter(u -> u.cluster() != null && !u.cluster().isBlank())
                .sorted(Comparator.comparing(OrgUnit::cluster))
                .forEach(u -> byCluster.computeIfAbsent(u.cluster(), k -> new ArrayList<>()).add(u));
        Map<String, String> names = ClusterNames.of(snapshot);
        List<ClusterRanking> out = new ArrayList<>();
        byCluster.forEach((cluster, units) -> out.add(rank(cluster, units, unitValues, clusterValues.get(cluster),
                names.getOrDefault(cluster, "Cụm, khối " + cluster))));
        return out;
    }

    private static ClusterRanking rank(String cluster, List<OrgUnit> units, Map<String, IndicatorValue> values,
                                       IndicatorValue clusterValue, String name) {
        List<OrgUnit> withValue = new ArrayList<>();
        List<OrgUnit> missing = new ArrayList<>();
        for (OrgUnit u : units) {
            IndicatorValue v = values.get(u.code());
            (v != null && v.value() != null ? withValue : missing).add(u);
        }
        withValue.sort(Comparator.comparing((OrgUnit u) -> values.get(u.code()).value()).reversed()
                .thenComparing(OrgUnit::code));
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < withValue.size(); i++) {
            ranked.add(new RankedUnit(i + 1, withValue.get(i), values.get(withValue.get(i).code())));
        }
        return new ClusterRanking(cluster, name, clusterValue, ranked, missing);
    }

}
