package vn.thidua.analytics.publish;


import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import vn.thidua.reference.indicator.IndicatorDefinition;
import vn.thidua.analytics.compute.IndicatorValues;
import vn.thidua.analytics.compute.YearContributions;

/** Writes the three Parquet tables of a snapshot (contract §4). */
public final class SnapshotWriter {

    public static final String INDICATOR_VALUE = "indicator_value";
    public static final String INDICATOR = "indicator";
    public static final String ORG_UNIT = "org_unit";
    public static final String CLUSTER_RANKING = "cluster_ranking";

    private static final StructType INDICATOR_SCHEMA = new StructType()
            .add("code", DataTypes.StringType).add("label_vi", DataTypes.StringType)
            .add("label_en", DataTypes.StringType).add("unit", DataTypes.StringType)
            .add("scale", DataTypes.DoubleType);

    private final SparkSession spark;
    private final Path dir;

    public SnapshotWriter(SparkSession spark, Path dir) {
        this.spark = spark;
        this.dir = dir;
    }

    /**
     * indicator_value/year=Y/phase=P/, in one pass over the rows: partitioned by phase under the year's
     * directory. The rows come sorted by phase, level and unit (see YearOverYear), so Spark needs no sort
     * of its own for the partitions and each file stays clustered by level and unit for readers. (One
     * write per phase was measured slower: 6,2 s instead of 3,5 s on the sample, and no faster nationally.)
     */
    public void indicatorValues(IndicatorValues values) {
        values.rows().drop("year")
                .write().partitionBy("phase").mode(SaveMode.ErrorIfExists)
                .parquet(uri(INDICATOR_VALUE + "/year=" + values.year()));
    }

    /** cluster_ranking/year=Y/phase=0/, ordered by cluster, indicator and rank (one small file per run). */
    public boolean clusterRankings(IndicatorValues values) {
        if (values.clusterRankings().isEmpty()) {
            return false;
        }
        values.clusterRankings().get()
                .orderBy("cluster_code", "indicator_code", "rank", "org_unit_code")
                .drop("year", "phase")
                .write().mode(SaveMode.ErrorIfExists)
                .parquet(uri(CLUSTER_RANKING + "/year=" + values.year() + "/phase=" + YearContributions.YEAR_PHASE));
        return true;
    }

    public void indicators(List<IndicatorDefinition> indicators) {
        List<Row> rows = indicators.stream()
                .map(i -> RowFactory.create(i.code(), i.labelVi(), i.labelEn(), i.unit(), i.scale()))
                .toList();
        spark.createDataFrame(rows, INDICATOR_SCHEMA).coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(uri(INDICATOR));
    }

    public void orgUnits(Dataset<Row> orgUnits) {
        orgUnits.select("code", "name", "parent_code", "level", "type", "cluster")
                .orderBy("code").coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(uri(ORG_UNIT));
    }

    /** Rows of a written table, read back from its Parquet footers (cheap, and counts what was really written). */
    public long count(String table) {
        return spark.read().parquet(uri(table)).count();
    }

    private String uri(String table) {
        return dir.resolve(table).toUri().toString();
    }
}
