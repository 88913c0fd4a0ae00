package vn.thidua.dashboards.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves {@code <warehouse>/current} and reads the published tables (data contract §4) into records.
 * Only the requested year's {@code indicator_value} partitions are read: the rows already carry
 * the 2023 figures ({@code value_2023}), so no second year is needed for a comparison.
 */
public final class SnapshotReader {

    private final Path warehouse;

    public SnapshotReader(Path warehouse) {
        this.warehouse = warehouse;
    }

    public Snapshot read(int year) {
        Path dir = resolveCurrent();
        Manifest manifest = ManifestReader.read(dir.resolve("manifest.json"));
        String id = manifest.runId() != null ? manifest.runId() : dir.getFileName().toString();
        List<IndicatorValue> values = readIndicatorValues(dir.resolve("indicator_value").resolve("year=" + year));
        Map<String, Indicator> indicators = index(readIndicators(dir.resolve("indicator")), Indicator::code);
        Map<String, OrgUnit> orgUnits = index(readOrgUnits(dir.resolve("org_unit")), OrgUnit::code);
        return new Snapshot(id, dir, manifest, values, indicators, orgUnits, GradeDistributionReader.read(warehouse, id));
    }

    /**
     * {@code current} is a symlink swapped by rename; we follow it once and read only from its target.
     * @throws SnapshotNotFoundException when nothing was published yet, or the link points nowhere
     */
    public Path resolveCurrent() {
        Path current = warehouse.resolve("current");
        if (!Files.exists(current)) {
            throw new SnapshotNotFoundException(
                    "Chưa có dữ liệu phân tích đã công bố trong " + warehouse + " (không thấy thư mục current): "
                    + "hãy chạy `./thidua analyze` trước. / No published analytics snapshot in " + warehouse
                    + " (no `current`): run `./thidua analyze` first.");
        }
        try {
            return current.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + current, e);
        }
    }

    static List<IndicatorValue> readIndicatorValues(Path yearDir) {
        return ParquetRows.read(yearDir, r -> new IndicatorValue(
                r.integer("year"),
                r.integer("phase"),
                Level.fromCode(r.string("level")),
                r.string("org_unit_code"),
                r.string("org_unit_name"),
                r.string("indicator_code"),
                r.decimal("numerator"),
                r.decimal("denominator"),
                r.decimal("value"),
                r.decimal("value_2023"),
                r.decimal("change_abs"),
                r.decimal("change_pct"),
                r.integer("units_reporting"),
                r.integer("units_expected")));
    }

    static List<Indicator> readIndicators(Path dir) {
        return ParquetRows.read(dir, r -> new Indicator(
                r.string("code"), r.string("label_vi"), r.string("label_en"), r.string("unit"), r.decimal("scale")));
    }

    static List<OrgUnit> readOrgUnits(Path dir) {
        return ParquetRows.read(dir, r -> new OrgUnit(
                r.string("code"), r.string("name"), r.string("parent_code"), r.integer("level"),
                r.string("type"), r.string("cluster")));
    }

    /** Keeps file order; a duplicated code keeps its first row rather than failing the whole dashboard. */
    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
