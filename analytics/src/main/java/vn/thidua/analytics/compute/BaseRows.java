package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.analytics.input.ColumnNames;

/**
 * One row per unit and phase that counts: every grassroots union open during the phase, with or without
 * a submission (so "not reported" stays visible as reported = 0 and null metrics), plus the rows that
 * district/sector federations submit for themselves (unions founded, cadres trained...), which count
 * in their own federation and province but are never expected.
 */
public final class BaseRows {

    /** Columns every base row carries before the reporting and metric columns. */
    static final String[] KEYS = {"year", "phase", "unit_code", "org_level", "fed_code", "cluster", "province_code"};

    private BaseRows() {
    }

    /**
     * @param units       {@link OrgDimension#units}
     * @param phases      the phases.csv rows of the years to compute (a small local relation)
     * @param submissions submissions with prefixed metric columns
     */
    /**
     * (year, unit_code, phases_open) of the district and sector federations: the phases of the year each was
     * open in. Their own rows exist only where they reported, so a year figure read against a target needs
     * this to know whether a phase is missing.
     */
    public static Dataset<Row> federationPhases(Dataset<Row> units, Dataset<Row> phases) {
        Column open = col("opened_on").isNull().or(col("opened_on").leq(col("ends_on")))
                .and(col("closed_on").isNull().or(col("closed_on").geq(col("starts_on"))));
        return units.filter(col("org_level").equalTo(2))
                .join(broadcast(phases.select("year", "starts_on", "ends_on")), open)
                .groupBy(col("year"), col("unit_code"))
                .agg(org.apache.spark.sql.functions.count(lit(1)).cast("int").as("phases_open"));
    }

    public static Dataset<Row> build(Dataset<Row> units, Dataset<Row> phases, Dataset<Row> submissions,
                                     List<String> metricCodes) {
        // Open during the phase: founded by its end and not dissolved before its start. A missing
        // founding date means the unit predates the data, so it counts as open.
        Column open = col("opened_on").isNull().or(col("opened_on").leq(col("ends_on")))
                .and(col("closed_on").isNull().or(col("closed_on").geq(col("starts_on"))));
        Dataset<Row> expected = units.filter(col("org_level").equalTo(3))
                .join(broadcast(phases.select("year", "phase", "starts_on", "ends_on")), open)
                .select(col("year"), col("phase"), col("unit_code"), lit(true).as("is_expected"));
        Dataset<Row> submitted = submissions
                .join(broadcast(phases.select("year", "phase")), new String[] {"year", "phase"}, "left_semi")
                .withColumn("has_submission", lit(true));

        // One full outer join reads the submissions once: expected units with or without a submission,
        // and submissions nobody expected, of which only the federations' own rows are kept below.
        Column isExpected = col("is_expected").isNotNull();
        Column hasSubmission = col("has_submission").isNotNull();
        List<Column> columns = new ArrayList<>(Arrays.stream(KEYS).map(k -> col(k)).toList());
        columns.add(when(isExpected, 1).otherwise(0).as("expected"));
        columns.add(when(isExpected.and(hasSubmission), 1).otherwise(0).as("reported"));
        columns.add(when(isExpected.and(hasSubmission).and(col("late").equalTo(false)), 1).otherwise(0).as("on_time"));
        metricCodes.forEach(code -> columns.add(col(ColumnNames.metric(code))));
        return expected.join(submitted, new String[] {"year", "phase", "unit_code"}, "full_outer")
                // inner: a submission of an unknown unit code has nowhere to roll up
                .join(units.select("unit_code", "org_level", "fed_code", "cluster", "province_code"),
                        new String[] {"unit_code"}, "inner")
                // a closed or not yet founded grassroots union's submission is not counted (the intake rejects it)
                .filter(isExpected.or(col("org_level").equalTo(2)))
                .select(columns.toArray(Column[]::new));
    }
}
