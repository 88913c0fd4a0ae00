package vn.thidua.evaluation.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.rubric.Grade;

/**
 * {@code grade_distribution}: how many units got each grade, province-wide and per federation, for each
 * year and basis — this year by the rubric, the baseline year by the same rubric, and the baseline year's
 * official grades when supplied. The dashboard and the report draw the comparison from this table alone.
 * Every grade has a row, zero included, so that a reader never mistakes a missing row for "none".
 */
public final class GradeDistribution {

    public static final String TABLE = "grade_distribution";
    public static final String RUBRIC = "rubric";
    public static final String OFFICIAL = "official";
    public static final String PROVINCE = "province";
    public static final String FEDERATION = "federation";

    public static final Schema SCHEMA = SchemaBuilder.record(TABLE).namespace("vn.thidua.evaluation").fields()
            .requiredInt("year").requiredString("basis")
            .requiredString("scope").optionalString("org_unit_code").requiredString("org_unit_name")
            .requiredString("grade").requiredString("grade_label_vi").requiredInt("grade_order")
            .requiredInt("units").requiredInt("units_graded").optionalDouble("share_pct")
            .optionalString("rubric_version").requiredString("snapshot_id")
            .endRecord();

    /** One unit's outcome in one year and basis. */
    public record Outcome(GrassrootsUnit unit, Grade grade) {
    }

    /** One year and basis to count: {@code rubricVersion} null for official grades. */
    public record Series(int year, String basis, String rubricVersion, List<Outcome> outcomes) {
    }

    private GradeDistribution() {
    }

    public static Path write(Path dir, List<Series> series, String snapshotId) {
        List<GenericRecord> rows = new ArrayList<>();
        for (Series s : series) {
            rows.addAll(scope(s, PROVINCE, null, "Toàn tỉnh", s.outcomes(), snapshotId));
            Map<String, List<Outcome>> byFederation = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            for (Outcome o : s.outcomes()) {
                String code = o.unit().federationCode();
                if (code != null) {
                    byFederation.computeIfAbsent(code, k -> new ArrayList<>()).add(o);
                    names.putIfAbsent(code, o.unit().federationName() == null ? code : o.unit().federationName());
                }
            }
            byFederation.forEach((code, outcomes) ->
                    rows.addAll(scope(s, FEDERATION, code, names.get(code), outcomes, snapshotId)));
        }
        return ParquetTable.write(dir.resolve(TABLE), SCHEMA, rows);
    }

    /**
     * The same counts for staff: one row per grade, the units and share per year and basis, province-wide
     * (a sheet "So sánh với năm trước" and {@code so-sanh-xep-loai.csv}).
     */
    public static ExportTable comparisonTable(List<Series> series) {
        List<String> headers = new ArrayList<>(List.of("Mức xếp loại"));
        for (Series s : series) {
            String name = "Năm " + s.year() + (OFFICIAL.equals(s.basis()) ? " (kết quả chính thức)"
                    : " (bộ tiêu chí " + s.rubricVersion() + ")");
            headers.add(name + ": số CĐCS");
            headers.add(name + ": tỷ lệ (%)");
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(g.labelVi())));
            for (Series s : series) {
                long units = s.outcomes().stream().filter(o -> o.grade() == g).count();
                long graded = s.outcomes().stream().filter(o -> o.grade().isGrade()).count();
                row.add(Cell.integer((int) units));
                row.add(g.isGrade() && graded > 0 ? Cell.decimal(units * 100.0 / graded) : Cell.text(""));
            }
            rows.add(row);
        }
        return new ExportTable("So sánh với năm trước", "so-sanh-xep-loai.csv",
                "Số CĐCS theo mức xếp loại: năm nay, năm trước chấm theo cùng bộ tiêu chí và kết quả chính thức năm trước "
                        + "(tỷ lệ trên số CĐCS được xếp loại)", headers, rows);
    }

    private static List<GenericRecord> scope(Series s, String scope, String code, String name, List<Outcome> outcomes,
                                             String snapshotId) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        outcomes.forEach(o -> counts.merge(o.grade(), 1, Integer::sum));
        int graded = counts.entrySet().stream().filter(e -> e.getKey().isGrade()).mapToInt(Map.Entry::getValue).sum();
        List<GenericRecord> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            int units = counts.getOrDefault(g, 0);
            GenericRecord r = new GenericData.Record(SCHEMA);
            r.put("year", s.year());
            r.put("basis", s.basis());
            r.put("scope", scope);
            r.put("org_unit_code", code);
            r.put("org_unit_name", name);
            r.put("grade", g.code());
            r.put("grade_label_vi", g.labelVi());
            r.put("grade_order", g.ordinal() + 1);
            r.put("units", units);
            r.put("units_graded", graded);
            // A share only among units graded proper: "not reported" is not a fifth grade.
            r.put("share_pct", g.isGrade() && graded > 0 ? units * 100.0 / graded : null);
            r.put("rubric_version", s.rubricVersion());
            r.put("snapshot_id", snapshotId);
            rows.add(r);
        }
        return rows;
    }
}
