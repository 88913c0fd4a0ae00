package vn.thidua.analytics.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import scala.Tuple2;
import scala.Tuple3;
import vn.thidua.analytics.AnalyticsException;
import vn.thidua.analytics.input.AnalyticsInput;
import vn.thidua.analytics.input.CsvRecord;
import vn.thidua.analytics.input.Phase;

/**
 * indicator_value of a year (contract §4) as one lazy Spark computation, so that the write is the run's
 * only job over the data:
 *
 * <pre>
 * org_units ─┐
 * submissions├─ one shuffle by unit code ─┬─ per unit: its rows, phases and year, both years ─ unit level
 * targets ───┘                            └─ partial sums per group ─ one small shuffle ─ federation, cluster, province
 * </pre>
 *
 * Both years are computed side by side (per unit, and in each group's totals), so the previous year's
 * value needs no join, and the indicators stay a plain array in Java until the output rows: the wide
 * per-indicator SQL plans this replaces took far longer to optimize and compile than to run.
 */
public final class IndicatorPipeline {

    /** Input bytes per partition of the per-unit shuffle: a provincial export is one partition. */
    public static final long BYTES_PER_PARTITION = 32L << 20;

    /** Partitions of the per-unit shuffle: one per 32 MB of input, at least 1, at most {@code maximum}. */
    public static int partitions(long inputBytes, int maximum) {
        long wanted = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(1, Math.min(maximum, wanted));
    }

    /** indicator_value of {@code year}, computed together with {@code year - 1} for value_2023. */
    public IndicatorValues indicatorValues(SparkSession spark, AnalyticsInput input, int year, int partitions) {
        List<Phase> calendar = input.phases().stream().filter(p -> p.year() == year - 1 || p.year() == year).toList();
        checkPhases(calendar, year);
        IndicatorMath math = IndicatorMath.of(input.catalogue());
        UnitCalculator calculator = new UnitCalculator(math, year, calendar,
                new OrgHierarchy(input.upperUnits(), input.clusters()));

        JavaPairRDD<String, UnitInputs.Org> orgs = input.orgUnits().flatMapToPair(IndicatorPipeline::org);
        int metrics = math.metrics();
        JavaPairRDD<String, UnitInputs.Submission> submissions = input.submissions()
                .flatMapToPair(record -> submission(record, year, metrics));
        List<String> targetMetrics = List.of(math.targetMetrics);
        JavaPairRDD<String, UnitInputs.Target> targets = input.targets()
                .flatMapToPair(record -> target(record, year, targetMetrics));

        JavaPairRDD<String, Tuple3<Iterable<UnitInputs.Org>, Iterable<UnitInputs.Submission>, Iterable<UnitInputs.Target>>> units =
                orgs.cogroup(submissions, targets, new HashPartitioner(partitions));
        JavaRDD<Row> unitRows = units.flatMap(unit -> {
            UnitInputs.Org org = UnitCalculator.single(unit._1(), unit._2()._1());
            return org == null ? Collections.emptyIterator()
                    : calculator.unitRows(unit._1(), org, unit._2()._2(), unit._2()._3()).iterator();
        });
        // Groups are few (federations, clusters, provinces × phases): one partition holds them all.
        JavaRDD<Row> groupRows = units.mapPartitionsToPair(calculator::groupTotals)
                .reduceByKey(GroupTotals::merge, 1)
                .flatMap(group -> calculator.groupRows(group._1(), group._2()).iterator());

        Dataset<Row> rows = spark.createDataFrame(unitRows.union(groupRows), IndicatorValues.SCHEMA);
        List<Integer> yearPhases = new ArrayList<>(List.of(0));
        calendar.stream().filter(p -> p.year() == year).forEach(p -> yearPhases.add(p.phase()));
        return new IndicatorValues(rows, year, yearPhases);
    }

    private static Iterator<Tuple2<String, UnitInputs.Org>> org(CsvRecord record) {
        // code, name, parent_code, level, type, cluster, opened_on, closed_on
        Integer level = record.integer(3);
        LocalDate opened = record.date(6);
        LocalDate closed = record.date(7);
        if (record.text(0) == null || level == null) {
            return Collections.emptyIterator(); // nowhere to roll up
        }
        UnitInputs.Org org = new UnitInputs.Org(record.text(1), record.text(2), record.text(5), level,
                opened == null ? Integer.MIN_VALUE : Math.toIntExact(opened.toEpochDay()),
                closed == null ? Integer.MAX_VALUE : Math.toIntExact(closed.toEpochDay()));
        return Collections.singletonList(new Tuple2<>(record.text(0), org)).iterator();
    }

    private static Iterator<Tuple2<String, UnitInputs.Submission>> submission(CsvRecord record, int year, int metrics) {
        // year, phase, unit_code, submitted_at, late, metrics...
        Integer rowYear = record.integer(0);
        Integer phase = record.integer(1);
        Boolean late = record.bool(4);
        double[] values = new double[metrics];
        for (int m = 0; m < metrics; m++) {
            values[m] = record.number(5 + m, Double.NaN); // blank: not reported
        }
        if (rowYear == null || phase == null || record.text(2) == null || (rowYear != year && rowYear != year - 1)) {
            return Collections.emptyIterator();
        }
        byte lateFlag = late == null ? (byte) -1 : (byte) (late ? 1 : 0);
        return Collections.singletonList(new Tuple2<>(record.text(2),
                new UnitInputs.Submission(rowYear, phase, lateFlag, values))).iterator();
    }

    private static Iterator<Tuple2<String, UnitInputs.Target>> target(CsvRecord record, int year,
                                                                        List<String> targetMetrics) {
        // year, unit_code, metric_code, target_value
        Integer rowYear = record.integer(0);
        Double value = record.number(3);
        int target = record.text(2) == null ? -1 : targetMetrics.indexOf(record.text(2));
        if (rowYear == null || record.text(1) == null || value == null || target < 0
                || (rowYear != year && rowYear != year - 1)) {
            return Collections.emptyIterator();
        }
        return Collections.singletonList(new Tuple2<>(record.text(1), new UnitInputs.Target(rowYear, target, value)))
                .iterator();
    }

    /** A bad calendar fails with a readable message instead of silently expecting no unit. */
    private static void checkPhases(List<Phase> phases, int year) {
        Set<String> seen = new HashSet<>();
        boolean reportingYearFound = false;
        for (Phase phase : phases) {
            String id = phase.year() + "/" + phase.phase();
            if (phase.phase() < 1) {
                throw new AnalyticsException("phases.csv: phase " + id + " must be numbered from 1 (0 is the year)");
            }
            if (phase.startsOn() == null || phase.endsOn() == null) {
                throw new AnalyticsException("phases.csv: phase " + id + " needs starts_on and ends_on");
            }
            if (phase.startsOn().isAfter(phase.endsOn())) {
                throw new AnalyticsException("phases.csv: phase " + id + " starts after it ends");
            }
            if (!seen.add(id)) {
                throw new AnalyticsException("phases.csv: phase " + id + " is listed twice");
            }
            reportingYearFound |= phase.year() == year;
        }
        if (!reportingYearFound) {
            throw new AnalyticsException("phases.csv has no phase for year " + year);
        }
    }
}
