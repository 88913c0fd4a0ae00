package vn.thidua.analytics.compute;

import vn.thidua.warehouse.Level;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.reference.indicator.IndicatorDefinition;

/**
 * Rolls the unit rows up to the levels of contract §4. A grassroots union's own row is its unit-level
 * group (no shuffle); federation, cluster and province are summed in one aggregation, each row fanned
 * out to the groups it belongs to. Few groups are left after the map-side partial sums, so the shuffle
 * stays small even nationally.
 *
 * <p>The indicators stay wide (one numerator/denominator pair of columns each) until the very end;
 * going long first would multiply every row moved by the number of indicators.
 */
public final class LevelRollup {

    private LevelRollup() {
    }

    /**
     * What each row brings to its groups: its keys, whether it is a reporting / expected grassroots union,
     * and per indicator k its numerator n_k and denominator d_k, both null unless the row contributes.
     *
     * @param rows base and year rows with their reporting, metric and target columns
     */
    public static Dataset<Row> contributions(Dataset<Row> rows, List<IndicatorDefinition> indicators) {
        Column grassroots = col("org_level").equalTo(3);
        List<Column> perRow = new ArrayList<>(List.of(col("year"), col("phase"), col("org_level"), col("unit_code"),
                col("fed_code"), col("cluster"), col("province_code"),
                when(grassroots.and(col("reported").gt(0)), 1).otherwise(0).as("units_reporting"),
                when(grassroots.and(col("expected").gt(0)), 1).otherwise(0).as("units_expected")));
        for (int k = 0; k < indicators.size(); k++) {
            perRow.add(IndicatorColumns.contributingNumerator(indicators.get(k)).as(IndicatorColumns.numerator(k)));
            if (!indicators.get(k).isTotal()) {
                perRow.add(IndicatorColumns.contributingDenominator(indicators.get(k)).as(IndicatorColumns.denominator(k)));
            }
        }
        return rows.select(perRow.toArray(Column[]::new));
    }

    /**
     * @param contributions {@link #contributions}
     * @return year, phase, level, org_unit_code, units_reporting, units_expected and, per indicator k,
     *         n_k (numerator) and, but for a total, d_k (denominator); values are computed where they are read
     *         ({@link IndicatorColumns#valueOf})
     */
    public static Dataset<Row> rollup(Dataset<Row> contributions, List<IndicatorDefinition> indicators) {
        Column grassroots = col("org_level").equalTo(3);
        List<String> measures = measureColumns(indicators);

        // unit level: the row itself is the group (a federation's own row has no unit-level group)
        List<Column> unitColumns = new ArrayList<>(List.of(col("year"), col("phase"), lit(Level.UNIT.code()).as("level"),
                col("unit_code").as("org_unit_code")));
        measures.forEach(m -> unitColumns.add(col(m)));
        Dataset<Row> units = contributions.filter(grassroots).select(unitColumns.toArray(Column[]::new));

        // federation, cluster, province: sum() of no non-null input is null, so a group where no unit
        // contributes gets null, never 0
        List<Column> sums = new ArrayList<>();
        measures.forEach(m -> sums.add(sum(col(m)).as(m)));
        sums.set(0, sum(col(measures.get(0))).cast("int").as(measures.get(0)));
        sums.set(1, sum(col(measures.get(1))).cast("int").as(measures.get(1)));
        Dataset<Row> groups = contributions
                .withColumn("g", explode(array(
                        group(Level.FEDERATION.code(), col("fed_code")),
                        group(Level.CLUSTER.code(), when(grassroots, col("cluster"))),
                        group(Level.PROVINCE.code(), col("province_code")))))
                .filter(col("g.code").isNotNull())
                .groupBy(col("year"), col("phase"), col("g.level").as("level"), col("g.code").as("org_unit_code"))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));

        return units.unionByName(groups);
    }

    /** units_reporting, units_expected, then n_k and (but for totals) d_k per indicator. */
    private static List<String> measureColumns(List<IndicatorDefinition> indicators) {
        List<String> names = new ArrayList<>(List.of("units_reporting", "units_expected"));
        for (int k = 0; k < indicators.size(); k++) {
            names.add(IndicatorColumns.numerator(k));
            if (!indicators.get(k).isTotal()) {
                names.add(IndicatorColumns.denominator(k));
            }
        }
        return names;
    }

    private static Column group(String level, Column code) {
        return struct(lit(level).as("level"), code.as("code"));
    }
}
