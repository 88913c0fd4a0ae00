package vn.thidua.evaluation.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a published snapshot (data contract §4) without Spark: the manifest's run id, the
 * {@code org_unit} table and the unit-level whole-year rows of {@code indicator_value} for one year.
 * A warehouse directory is accepted too: its {@code current} link is followed once, so that a run
 * published meanwhile cannot mix two snapshots.
 */
public final class SnapshotReader {

    private static final int WHOLE_YEAR = 0;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private SnapshotReader() {
    }

    /** The snapshot directory itself, or {@code <warehouse>/current} resolved to its real path. */
    public static Path resolve(Path warehouseOrSnapshot) {
        Path dir = warehouseOrSnapshot;
        if (!Files.isRegularFile(dir.resolve("manifest.json")) && Files.exists(dir.resolve("current"))) {
            dir = dir.resolve("current");
        }
        try {
            dir = dir.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException("Không tìm thấy bản công bố số liệu / no published snapshot at "
                    + warehouseOrSnapshot + ": hãy chạy `./thidua analyze` trước / run `./thidua analyze` first", e);
        }
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new IllegalStateException("Bản công bố thiếu manifest.json / the snapshot has no manifest.json: " + dir);
        }
        return dir;
    }

    public static Snapshot read(Path warehouseOrSnapshot, int year) {
        return read(warehouseOrSnapshot, year, false);
    }

    /**
     * The year before {@code year} as the same snapshot carries it: every row of {@code year} holds the
     * previous year's figure beside its own ({@code value_2023}), so the baseline needs no second run.
     * A unit counts as having reported that year when any of its previous-year figures is present.
     */
    public static Snapshot readPreviousYear(Path warehouseOrSnapshot, int year) {
        return read(warehouseOrSnapshot, year, true);
    }

    private static Snapshot read(Path warehouseOrSnapshot, int year, boolean previousYear) {
        Path dir = resolve(warehouseOrSnapshot);
        JsonNode manifest = manifest(dir);
        String id = manifest.hasNonNull("run_id") ? manifest.get("run_id").asText() : dir.getFileName().toString();
        Path yearDir = dir.resolve("indicator_value").resolve("year=" + year);
        if (ParquetRows.partFiles(yearDir).isEmpty()) {
            throw new IllegalStateException("Bản công bố " + id + " không có số liệu năm " + year
                    + " / the snapshot has no indicator_value for " + year + ": " + yearDir);
        }
        Map<String, GrassrootsUnit> units = units(dir, yearDir);
        Map<String, UnitFigures> figures = previousYear ? previousFigures(yearDir) : figures(yearDir);
        int evaluated = previousYear ? year - 1 : year;
        return new Snapshot(id, dir, evaluated, createdAt(manifest, year), units, figures, indicators(dir));
    }

    private static JsonNode manifest(Path dir) {
        try {
            return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được manifest.json / cannot read " + dir, e);
        }
    }

    private static LocalDateTime createdAt(JsonNode manifest, int year) {
        String text = manifest.hasNonNull("created_at") ? manifest.get("created_at").asText() : "";
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(VIETNAM).toLocalDateTime().withNano(0);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).withNano(0);
            } catch (DateTimeParseException e) {
                return LocalDateTime.of(year, 12, 31, 23, 59);
            }
        }
    }

    private static Map<String, IndicatorInfo> indicators(Path dir) {
        Map<String, IndicatorInfo> out = new TreeMap<>();
        ParquetRows.read(dir.resolve("indicator"), r -> true,
                r -> new IndicatorInfo(r.string("code"), r.string("label_vi"), r.string("unit")))
                .forEach(i -> out.putIfAbsent(i.code(), i));
        return out;
    }

    private record OrgRow(String code, String name, String parent, Integer level, String type, String cluster) {
    }

    private static Map<String, GrassrootsUnit> units(Path dir, Path yearDir) {
        List<OrgRow> rows = ParquetRows.read(dir.resolve("org_unit"), r -> true, r -> new OrgRow(
                r.string("code"), r.string("name"), r.string("parent_code"), r.integer("level"),
                r.string("type"), r.string("cluster")));
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.putIfAbsent(r.code(), r.level() != null && r.level() == 1
                ? "Các CĐCS trực thuộc " + r.name() // the province's own units, grouped like a federation
                : r.name()));
        // Cluster names are not in org_unit; the cluster-level rows of indicator_value carry them.
        Map<String, String> clusterNames = new HashMap<>();
        ParquetRows.read(yearDir, r -> "cluster".equals(r.string("level")),
                r -> Map.entry(r.string("org_unit_code"), String.valueOf(r.string("org_unit_name"))))
                .forEach(e -> clusterNames.putIfAbsent(e.getKey(), e.getValue()));
        Map<String, GrassrootsUnit> units = new TreeMap<>();
        for (OrgRow r : rows) {
            if (r.level() != null && r.level() == 3) {
                String cluster = r.cluster() == null || r.cluster().isBlank() ? "" : r.cluster();
                units.putIfAbsent(r.code(), new GrassrootsUnit(r.code(), r.name(), r.type(), r.parent(),
                        names.getOrDefault(r.parent(), r.parent()), cluster,
                        cluster.isEmpty() ? "(không thuộc cụm, khối)" : clusterNames.getOrDefault(cluster, cluster)));
            }
        }
        return units;
    }

    private record UnitRow(String unit, String indicator, Double value, Integer reporting) {
    }

    private static Map<String, UnitFigures> previousFigures(Path yearDir) {
        List<UnitRow> rows = ParquetRows.read(yearDir,
                r -> "unit".equals(r.string("level")) && Integer.valueOf(WHOLE_YEAR).equals(r.integer("phase")),
                r -> new UnitRow(r.string("org_unit_code"), r.string("indicator_code"), r.decimal("value_2023"), null));
        Map<String, Map<String, Double>> values = new TreeMap<>();
        for (UnitRow r : rows) {
            Map<String, Double> unitValues = values.computeIfAbsent(r.unit(), k -> new HashMap<>());
            if (r.value() != null) {
                unitValues.putIfAbsent(r.indicator(), r.value());
            }
        }
        Map<String, UnitFigures> out = new TreeMap<>();
        values.forEach((unit, v) -> out.put(unit, new UnitFigures(unit, !v.isEmpty(), v)));
        return out;
    }

    private static Map<String, UnitFigures> figures(Path yearDir) {
        List<UnitRow> rows = ParquetRows.read(yearDir,
                r -> "unit".equals(r.string("level")) && Integer.valueOf(WHOLE_YEAR).equals(r.integer("phase")),
                r -> new UnitRow(r.string("org_unit_code"), r.string("indicator_code"), r.decimal("value"),
                        r.integer("units_reporting")));
        Map<String, Map<String, Double>> values = new TreeMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        for (UnitRow r : rows) {
            Map<String, Double> unitValues = values.computeIfAbsent(r.unit(), k -> new HashMap<>());
            if (r.value() != null) {
                unitValues.putIfAbsent(r.indicator(), r.value());
            }
            reported.merge(r.unit(), r.reporting() != null && r.reporting() > 0, Boolean::logicalOr);
        }
        Map<String, UnitFigures> out = new TreeMap<>();
        values.forEach((unit, v) -> out.put(unit, new UnitFigures(unit, reported.getOrDefault(unit, false), v)));
        return out;
    }
}
