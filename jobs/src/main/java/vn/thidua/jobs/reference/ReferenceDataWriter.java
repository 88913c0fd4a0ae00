package vn.thidua.jobs.reference;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thidua.reference.ReferenceFile;
import vn.thidua.reference.indicator.Direction;
import vn.thidua.reference.csv.CsvTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one version of the reference data in a single transaction. Upserts make a reload a no-op;
 * rules and indicators are replaced whole (nothing refers to them), while units and metrics are kept
 * even when a file drops them, because submissions and targets refer to them.
 */
@Component
public class ReferenceDataWriter {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;

    public ReferenceDataWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of rows written per file. */
    @Transactional
    public Map<ReferenceFile, Integer> write(ReferenceData data) {
        String known = jdbc.query("SELECT checksum FROM catalogue_version WHERE version = ?",
                rs -> rs.next() ? rs.getString(1) : null, data.version());
        if (known != null && !known.equals(data.checksum())) {
            throw new IllegalStateException("Danh mục phiên bản " + data.version()
                    + " đã được nạp với nội dung khác; hãy tăng số phiên bản trong reference/VERSION"
                    + " (catalogue changed without a new VERSION)");
        }
        jdbc.update("INSERT INTO catalogue_version (version, checksum) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
                data.version(), data.checksum());

        Map<ReferenceFile, Integer> counts = new java.util.EnumMap<>(ReferenceFile.class);
        counts.put(ReferenceFile.CLUSTERS, upsert(data, ReferenceFile.CLUSTERS,
                "INSERT INTO cluster (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name",
                r -> new Object[] {r.get("code"), r.get("name")}));
        jdbc.execute("SET CONSTRAINTS ALL DEFERRED");
        counts.put(ReferenceFile.ORG_UNITS, upsert(data, ReferenceFile.ORG_UNITS,
                "INSERT INTO org_unit (code, name, parent_code, level, type, cluster, opened_on, closed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name,"
                        + " parent_code = EXCLUDED.parent_code, level = EXCLUDED.level, type = EXCLUDED.type,"
                        + " cluster = EXCLUDED.cluster, opened_on = EXCLUDED.opened_on, closed_on = EXCLUDED.closed_on",
                r -> new Object[] {r.get("code"), r.get("name"), blank(r.get("parent_code")), Integer.parseInt(r.get("level")),
                        r.get("type"), blank(r.get("cluster")), date(r.get("opened_on")), date(r.get("closed_on"))}));
        counts.put(ReferenceFile.PHASES, upsert(data, ReferenceFile.PHASES,
                "INSERT INTO phase (year, phase, name, starts_on, ends_on, deadline) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (year, phase) DO UPDATE SET name = EXCLUDED.name, starts_on = EXCLUDED.starts_on,"
                        + " ends_on = EXCLUDED.ends_on, deadline = EXCLUDED.deadline",
                r -> new Object[] {Integer.parseInt(r.get("year")), Integer.parseInt(r.get("phase")), r.get("name"),
                        date(r.get("starts_on")), date(r.get("ends_on")), date(r.get("deadline"))}));
        int[] ordinal = {0};
        counts.put(ReferenceFile.METRICS, upsert(data, ReferenceFile.METRICS,
                "INSERT INTO metric (ordinal, code, label_vi, label_en, unit, kind, min_value, max_value, max_change_pct,"
                        + " required, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
                        + " ordinal = EXCLUDED.ordinal, label_vi = EXCLUDED.label_vi, label_en = EXCLUDED.label_en,"
                        + " unit = EXCLUDED.unit, kind = EXCLUDED.kind, min_value = EXCLUDED.min_value,"
                        + " max_value = EXCLUDED.max_value, max_change_pct = EXCLUDED.max_change_pct,"
                        + " required = EXCLUDED.required, aliases = EXCLUDED.aliases",
                r -> new Object[] {ordinal[0]++, r.get("code"), r.get("label_vi"), r.get("label_en"), r.get("unit"),
                        r.get("kind"), number(r.get("min_value")), number(r.get("max_value")),
                        number(r.get("max_change_pct")), Boolean.parseBoolean(r.get("required")), r.get("aliases")}));
        jdbc.update("DELETE FROM metric_rule");
        counts.put(ReferenceFile.RULES, upsert(data, ReferenceFile.RULES,
                "INSERT INTO metric_rule (code, left_term, operator, right_term, message_vi) VALUES (?, ?, ?, ?, ?)",
                r -> new Object[] {r.get("code"), r.get("left"), r.get("operator"), r.get("right"), r.get("message_vi")}));
        jdbc.update("DELETE FROM indicator");
        int[] indicatorOrdinal = {0};
        counts.put(ReferenceFile.INDICATORS, upsert(data, ReferenceFile.INDICATORS,
                "INSERT INTO indicator (ordinal, code, label_vi, label_en, numerator, denominator, scale, unit, direction)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r -> new Object[] {indicatorOrdinal[0]++, r.get("code"), r.get("label_vi"), r.get("label_en"),
                        r.get("numerator"), r.get("denominator"), number(r.get("scale")), r.get("unit"),
                        Direction.of(r.get("code"), r.get("direction")).code()}));
        counts.put(ReferenceFile.MOVEMENTS, upsert(data, ReferenceFile.MOVEMENTS,
                "INSERT INTO movement (year, name_vi, theme_vi, occasion_vi) VALUES (?, ?, ?, ?) ON CONFLICT (year)"
                        + " DO UPDATE SET name_vi = EXCLUDED.name_vi, theme_vi = EXCLUDED.theme_vi,"
                        + " occasion_vi = EXCLUDED.occasion_vi",
                r -> new Object[] {Integer.parseInt(r.get("year")), r.get("name_vi"), blank(r.get("theme_vi")),
                        blank(r.get("occasion_vi"))}));
        counts.put(ReferenceFile.TARGETS, upsert(data, ReferenceFile.TARGETS,
                "INSERT INTO target (year, unit_code, metric_code, target_value) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (year, unit_code, metric_code) DO UPDATE SET target_value = EXCLUDED.target_value",
                r -> new Object[] {Integer.parseInt(r.get("year")), r.get("unit_code"), r.get("metric_code"),
                        number(r.get("target_value"))}));
        return counts;
    }

    /** Writes in batches of {@value #BATCH} rows, so the national files never sit in memory whole. */
    private int upsert(ReferenceData data, ReferenceFile file, String sql, Function<CsvTable.Row, Object[]> args) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        int[] count = {0};
        try {
            data.forEach(file, row -> {
                try {
                    batch.add(args.apply(row));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file.fileName() + ": dòng " + row + " không hợp lệ: " + e.getMessage(), e);
                }
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(sql, batch);
                    count[0] += batch.size();
                    batch.clear();
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jdbc.batchUpdate(sql, batch);
        return count[0] + batch.size();
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Date date(String value) {
        return value == null || value.isEmpty() ? null : Date.valueOf(LocalDate.parse(value));
    }

    private static BigDecimal number(String value) {
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }
}
