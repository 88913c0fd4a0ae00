package vn.thidua.analytics.compute;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicator_value of one year (contract §4 columns) and the phases it has: the calendar's phases of the
 * year and 0 for the whole year; beside it cluster_ranking, empty when the catalogue has no rate indicator.
 */
public record IndicatorValues(Dataset<Row> rows, Optional<Dataset<Row>> clusterRankings, int year, List<Integer> phases) {

    public IndicatorValues {
        phases = List.copyOf(phases);
    }
}
