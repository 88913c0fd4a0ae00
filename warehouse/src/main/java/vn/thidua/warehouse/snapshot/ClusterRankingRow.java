package vn.thidua.warehouse.snapshot;

/** One row of {@code cluster_ranking}: a grassroots union's rank in its cluster on a rate, for the year. */
public record ClusterRankingRow(int year, int phase, String clusterCode, String clusterName, String indicatorCode, int rank,
                                String orgUnitCode, String orgUnitName, double value, int unitsRanked) {

    public Object[] cells() {
        return new Object[] {year, phase, clusterCode, clusterName, indicatorCode, rank, orgUnitCode, orgUnitName, value,
                unitsRanked};
    }
}
