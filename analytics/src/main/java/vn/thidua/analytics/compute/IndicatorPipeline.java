package vn.thidua.analytics.compute;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.thidua.analytics.AnalyticsException;
import vn.thidua.reference.indicator.Catalogue;
import vn.thidua.reference.indicator.YearRule;
import vn.thidua.analytics.input.AnalyticsInput;

/**
 * input → base rows per phase (with targets) → contributions per phase → per year (phases paired) → rollup by
 * level → previous year → long rows.
 * Holds the datasets it caches, so that closing it frees them.
 */
public final class IndicatorPipeline implements AutoCloseable {

    private final List<Dataset<Row>> cached = new ArrayList<>();

    /**
     * indicator_value of {@code year} (contract §4), computed together with {@code year - 1} for previous_value.
     * Eager: the reused intermediate results are cached and materialized here, one after the other, so
     * that the parallel stages of the final query read them instead of each recomputing them.
     */
    public IndicatorValues indicatorValues(AnalyticsInput input, int year) {
        Catalogue catalogue = input.catalogue();
        List<Integer> years = List.of(year - 1, year);
        // The calendar is a handful of rows: checked on the driver and kept there as a local relation,
        // so the joins against it need no scan or shuffle.
        Dataset<Row> calendarRows = input.phases().filter(col("year").isin(years.toArray()));
        List<Row> calendar = calendarRows.collectAsList();
        checkPhases(calendar, year);
        Dataset<Row> phases = calendarRows.sparkSession().createDataFrame(calendar, calendarRows.schema());

        Dataset<Row> orgUnits = materialize(input.orgUnits()); // read by the dimension, the names and org_unit
        Dataset<Row> units = OrgDimension.units(orgUnits);
        Dataset<Row> submissions = input.submissions().filter(col("year").isin(years.toArray()));
        // The phase rows feed themselves and the year rows; the groups of both years are read as the
        // reporting year and as the previous one. Each is materialized before its readers run, or their
        // parallel stages would each recompute it. (Caching the wide per-row contributions too was
        // measured slower: building that cache costs more than computing the year rows twice.)
        Dataset<Row> baseRows = BaseRows.build(units, phases, submissions, catalogue.metricCodes());
        if (catalogue.readsRegisters()) {
            baseRows = Registers.join(baseRows, input.registers(), years);
        }
        // Both cached datasets get one partition per core (local[2]: 2; a cluster: its cores). Left as they come
        // (a join's 4 shuffle partitions, a union of three inputs' 12), every later stage ran a dozen tasks, each
        // deserialising a ~1 MB plan for a few hundred rows. The later sort keeps indicator_value's files ordered.
        Dataset<Row> joined = Targets.join(baseRows, input.targets(), catalogue.targetMetrics(), years);
        Dataset<Row> phaseRows = materialize(onePartitionPerCore(joined));
        List<YearRule> rules = catalogue.yearRules();
        Dataset<Row> phaseContributions = LevelRollup.contributions(phaseRows, catalogue.indicators());
        Dataset<Row> yearContributions = YearContributions.build(phaseContributions,
                BaseRows.federationPhases(units, phases), rules);
        Dataset<Row> contributions = YearContributions.phaseValues(phaseContributions, rules).unionByName(yearContributions);
        Dataset<Row> rolled = LevelRollup.rollup(contributions, catalogue.indicators());
        Dataset<Row> groups = materialize(onePartitionPerCore(rolled));
        release(phaseRows);
        Dataset<Row> values = YearOverYear.indicatorValues(groups,
                OrgDimension.groupNames(orgUnits, input.clusters()), catalogue.indicators(), year);
        List<Integer> yearPhases = new ArrayList<>(List.of(YearContributions.YEAR_PHASE));
        calendar.stream().filter(r -> r.getInt(0) == year).forEach(r -> yearPhases.add(r.getInt(1)));
        Optional<Dataset<Row>> rankings = ClusterRankings.build(groups, orgUnits, input.clusters(),
                catalogue.indicators(), year);
        return new IndicatorValues(values, rankings, year, yearPhases);
    }

    private static Dataset<Row> onePartitionPerCore(Dataset<Row> dataset) {
        return dataset.coalesce(dataset.sparkSession().sparkContext().defaultParallelism());
    }

    private Dataset<Row> cache(Dataset<Row> dataset) {
        cached.add(dataset.cache());
        return dataset;
    }

    private Dataset<Row> materialize(Dataset<Row> dataset) {
        cache(dataset).count();
        return dataset;
    }

    private void release(Dataset<Row> dataset) {
        dataset.unpersist();
        cached.remove(dataset);
    }

    /** A bad calendar fails with a readable message instead of silently expecting no unit. */
    private static void checkPhases(List<Row> phases, int year) {
        Set<String> seen = new HashSet<>();
        boolean reportingYearFound = false;
        for (Row row : phases) { // year, phase, name, starts_on, ends_on, deadline
            int rowYear = row.getInt(0);
            String id = rowYear + "/" + (row.isNullAt(1) ? "?" : row.getInt(1));
            if (row.isNullAt(1) || row.getInt(1) < 1) {
                throw new AnalyticsException("phases.csv: phase " + id + " must be numbered from 1 (0 is the year)");
            }
            if (row.isNullAt(3) || row.isNullAt(4)) {
                throw new AnalyticsException("phases.csv: phase " + id + " needs starts_on and ends_on");
            }
            LocalDate starts = row.<java.sql.Date>getAs(3).toLocalDate();
            LocalDate ends = row.<java.sql.Date>getAs(4).toLocalDate();
            if (starts.isAfter(ends)) {
                throw new AnalyticsException("phases.csv: phase " + id + " starts after it ends");
            }
            if (!seen.add(id)) {
                throw new AnalyticsException("phases.csv: phase " + id + " is listed twice");
            }
            reportingYearFound |= rowYear == year;
        }
        if (!reportingYearFound) {
            throw new AnalyticsException("phases.csv has no phase for year " + year);
        }
    }

    @Override
    public void close() {
        cached.forEach(Dataset::unpersist);
        cached.clear();
    }
}
