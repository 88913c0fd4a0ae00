package vn.thidua.analytics.compute;

import vn.thidua.warehouse.Level;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import vn.thidua.reference.indicator.IndicatorDefinition;
import vn.thidua.reference.indicator.Term;

/**
 * Ranks the grassroots unions of each emulation cluster on every rate indicator of the catalogue for the
 * whole year (contract §4, cluster_ranking). Rates, not totals: a count favours the big units, while the
 * cluster compares like with like. Units without a value are left out, not ranked last; equal values
 * share a rank (1, 2, 2, 4).
 */
public final class ClusterRankings {

    private ClusterRankings() {
    }

    /**
     * @param groups   {@link LevelRollup#rollup} of the run (both years)
     * @param orgUnits the org units as read (code, level, name, cluster ...)
     */
    public static Optional<Dataset<Row>> build(Dataset<Row> groups, Dataset<Row> orgUnits, Dataset<Row> clusters,
                                               List<IndicatorDefinition> indicators, int year) {
        List<Column> ranked = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            if (ranksUnits(indicators.get(k))) {
                ranked.add(struct(lit(indicators.get(k).code()).as("indicator_code"),
                        IndicatorColumns.valueOf(indicators.get(k), k).as("value")));
            }
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Dataset<Row> values = groups
                .filter(col("year").equalTo(year).and(col("phase").equalTo(YearContributions.YEAR_PHASE))
                        .and(col("level").equalTo(Level.UNIT.code())))
                .select(col("org_unit_code"), explode(array(ranked.toArray(Column[]::new))).as("i"))
                .select(col("org_unit_code"), col("i.indicator_code").as("indicator_code"), col("i.value").as("value"))
                .filter(col("value").isNotNull())
                // one short row per grassroots union (cluster and name), broadcast: joined by shuffle, the 1,2 M
                // ranked rows of a national run moved twice more
                .join(broadcast(orgUnits.filter(col("level").equalTo(3).and(col("cluster").isNotNull()))
                        .select(col("code").as("org_unit_code"), col("cluster").as("cluster_code"),
                                col("name").as("org_unit_name"))), "org_unit_code");
        // One window for both columns: the rank and the cluster's count share its partitioning and order, so
        // Spark sorts the rows once (a count over the unordered partition was a second window and sort).
        WindowSpec byValue = Window.partitionBy("cluster_code", "indicator_code").orderBy(col("value").desc());
        return Optional.of(values
                .select(col("*"), rank().over(byValue).as("rank"), count(lit(1)).over(byValue
                        .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())).cast("int").as("units_ranked"))
                .join(broadcast(clusters.select(col("code").as("cluster_code"), col("name").as("cluster_name"))), "cluster_code")
                .select(lit(year).as("year"), lit(YearContributions.YEAR_PHASE).as("phase"), col("cluster_code"),
                        col("cluster_name"), col("indicator_code"), col("rank"), col("org_unit_code"),
                        col("org_unit_name"), col("value"), col("units_ranked")));
    }

    /** A ratio of submitted figures or targets: comparable between units of different sizes. */
    static boolean ranksUnits(IndicatorDefinition indicator) {
        return !indicator.isTotal()
                && indicator.terms().allMatch(t -> t instanceof Term.Metric || t instanceof Term.Target);
    }
}
