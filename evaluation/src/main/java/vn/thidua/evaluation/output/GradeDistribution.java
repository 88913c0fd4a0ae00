package vn.thidua.evaluation.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.warehouse.Grade;
import vn.thidua.warehouse.evaluation.GradeCountRow;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Tables;

/**
 * {@code grade_distribution}: how many units got each grade, province-wide and per federation, for each
 * year and basis — this year by the rubric, the baseline year by the same rubric, and the baseline year's
 * official grades when supplied. The dashboard and the report draw the comparison from this table alone.
 * Every grade has a row, zero included, so that a reader never mistakes a missing row for "none".
 */
public final class GradeDistribution {

    /** One unit's outcome in one year and basis. */
    public record Outcome(GrassrootsUnit unit, Grade grade) {
    }

    /** One year and basis ({@link GradeCountRow#RUBRIC}, {@link GradeCountRow#OFFICIAL}); no rubric for official grades. */
    public record Series(int year, String basis, String rubricVersion, List<Outcome> outcomes) {
    }

    private GradeDistribution() {
    }

    /** Writes {@code <dir>/grade_distribution/part-00000.parquet} ({@link Tables#GRADE_DISTRIBUTION}). */
    public static Path write(ParquetTables parquet, Path dir, List<Series> series, String snapshotId) {
        List<Object[]> rows = new ArrayList<>();
        for (Series s : series) {
            rows.addAll(scope(s, GradeCountRow.PROVINCE, null, "Toàn tỉnh", s.outcomes(), snapshotId));
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
                    rows.addAll(scope(s, GradeCountRow.FEDERATION, code, names.get(code), outcomes, snapshotId)));
        }
        return ResultParquet.write(parquet, dir, Tables.GRADE_DISTRIBUTION, rows);
    }

    /**
     * The same counts for staff: one row per grade, the units and share per year and basis, province-wide
     * (a sheet "So sánh với năm trước" and {@code so-sanh-xep-loai.csv}).
     */
    public static ExportTable comparisonTable(List<Series> series) {
        List<String> headers = new ArrayList<>(List.of("Mức xếp loại"));
        for (Series s : series) {
            String name = "Năm " + s.year() + (GradeCountRow.OFFICIAL.equals(s.basis()) ? " (kết quả chính thức)"
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

    private static List<Object[]> scope(Series s, String scope, String code, String name, List<Outcome> outcomes,
                                        String snapshotId) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        outcomes.forEach(o -> counts.merge(o.grade(), 1, Integer::sum));
        int graded = counts.entrySet().stream().filter(e -> e.getKey().isGrade()).mapToInt(Map.Entry::getValue).sum();
        List<Object[]> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            int units = counts.getOrDefault(g, 0);
            // A share only among units graded proper: "not reported" is not a fifth grade.
            Double share = g.isGrade() && graded > 0 ? units * 100.0 / graded : null;
            rows.add(new GradeCountRow(s.year(), s.basis(), scope, code, name, g.code(), g.labelVi(), g.ordinal() + 1,
                    units, graded, share, s.rubricVersion(), snapshotId).cells());
        }
        return rows;
    }
}
