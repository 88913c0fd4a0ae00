package vn.thidua.analytics.compute;

import vn.thidua.warehouse.Level;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where each org unit rolls up. The hierarchy has three fixed levels, so one self-join finds every
 * unit's federation and province without recursion.
 */
public final class OrgDimension {

    /** Name of the federation-level group of the grassroots unions directly under a province. */
    public static final String DIRECT_UNITS_PREFIX = "Các CĐCS trực thuộc ";

    private OrgDimension() {
    }

    /**
     * One row per org unit: unit_code, org_level, fed_code (level 3: its parent, which is the province
     * for units directly under it; level 2: itself), cluster (level 3 only), province_code (the level-1
     * ancestor), opened_on, closed_on.
     */
    public static Dataset<Row> units(Dataset<Row> orgUnits) {
        Dataset<Row> parents = orgUnits.select(col("code").as("p_code"), col("level").as("p_level"),
                col("parent_code").as("p_parent"));
        return orgUnits.join(parents, col("parent_code").equalTo(col("p_code")), "left")
                .select(
                        col("code").as("unit_code"),
                        col("level").as("org_level"),
                        when(col("level").equalTo(3), col("parent_code"))
                                .when(col("level").equalTo(2), col("code")).as("fed_code"),
                        when(col("level").equalTo(3), col("cluster")).as("cluster"),
                        when(col("level").equalTo(1), col("code"))
                                .when(col("p_level").equalTo(1), col("p_code"))
                                .otherwise(col("p_parent")).as("province_code"),
                        col("opened_on"),
                        col("closed_on"));
    }

    /** (level, org_unit_code, org_unit_name) for every group an indicator row can belong to. */
    public static Dataset<Row> groupNames(Dataset<Row> orgUnits, Dataset<Row> clusters) {
        Dataset<Row> units = orgUnits.filter(col("level").equalTo(3))
                .select(lit(Level.UNIT.code()).as("level"), col("code").as("org_unit_code"), col("name").as("org_unit_name"));
        Dataset<Row> federations = orgUnits.filter(col("level").isin(1, 2))
                .select(lit(Level.FEDERATION.code()).as("level"), col("code").as("org_unit_code"),
                        when(col("level").equalTo(1), concat(lit(DIRECT_UNITS_PREFIX), col("name")))
                                .otherwise(col("name")).as("org_unit_name"));
        Dataset<Row> clusterNames = clusters
                .select(lit(Level.CLUSTER.code()).as("level"), col("code").as("org_unit_code"), col("name").as("org_unit_name"));
        Dataset<Row> provinces = orgUnits.filter(col("level").equalTo(1))
                .select(lit(Level.PROVINCE.code()).as("level"), col("code").as("org_unit_code"), col("name").as("org_unit_name"));
        return units.unionByName(federations).unionByName(clusterNames).unionByName(provinces);
    }
}
