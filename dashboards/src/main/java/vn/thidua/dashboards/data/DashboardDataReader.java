package vn.thidua.dashboards.data;

import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.MovementRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.evaluation.EvaluationOutput;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.snapshot.Snapshot;

/**
 * Reads what the dashboard draws from the published snapshot, through the warehouse contract only: the
 * requested year's {@code indicator_value} (each row already carries the previous year's figure), the
 * catalogue, the org units, and the year-end evaluation of exactly this snapshot when it exists.
 */
public final class DashboardDataReader {

    private final Path warehouse;

    public DashboardDataReader(Path warehouse) {
        this.warehouse = warehouse;
    }

    public DashboardData read(int year) {
        try (Snapshot snapshot = Snapshot.open(warehouse)) {
            List<IndicatorValueRow> values = snapshot.indicatorValues(Filter.where("year", year));
            Map<String, IndicatorRow> indicators = index(snapshot.indicators(), IndicatorRow::code);
            Map<String, OrgUnitRow> orgUnits = index(snapshot.orgUnits(), OrgUnitRow::code);
            Path evaluation = new Warehouse(warehouse).evaluation(snapshot.id());
            Grades grades = EvaluationOutput.exists(evaluation)
                    ? new Grades(evaluation.toString(), EvaluationOutput.gradeDistribution(evaluation),
                            EvaluationOutput.unitGrades(evaluation))
                    : Grades.NONE;
            Map<Integer, MovementRow> movements = snapshot.movements().stream()
                    .collect(Collectors.toMap(MovementRow::year, Function.identity(), (a, b) -> a));
            return new DashboardData(snapshot.id(), snapshot.directory(), snapshot.manifest(), values, indicators, orgUnits,
                    grades, movements, snapshot.phases());
        }
    }

    /** Keeps file order; a duplicated code keeps its first row rather than failing the whole dashboard. */
    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
