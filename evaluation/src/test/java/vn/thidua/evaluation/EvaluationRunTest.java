package vn.thidua.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.evaluation.rubric.RubricException;
import vn.thidua.warehouse.Grade;
import vn.thidua.warehouse.evaluation.EvaluationOutput;
import vn.thidua.warehouse.evaluation.GradeCountRow;
import vn.thidua.warehouse.table.Tables;

/** The whole run on a small published snapshot with the shipped rubric, run twice; the data directory has no reference/. */
class EvaluationRunTest {

    @TempDir
    static Path root;
    static EvaluationFixture fixture;
    static EvaluationResult first;
    static EvaluationResult second;

    @BeforeAll
    static void evaluate_the_same_snapshot_twice() {
        fixture = new EvaluationFixture(root).write();
        first = Evaluation.run(EvaluationRequest.fromDataDir(fixture.warehouse(), fixture.data(), 2024, null));
        second = Evaluation.run(EvaluationRequest.fromDataDir(fixture.warehouse(), fixture.data(), 2024, root.resolve("again")));
    }

    @Test
    void twice_on_the_same_snapshot_gives_identical_parquet_rows() {
        for (var table : List.of(Tables.EVALUATION_RESULT, Tables.EVALUATION_CRITERION, Tables.GRADE_DISTRIBUTION)) {
            List<String> a = Outputs.parquet(first.outputDir(), table).stream().map(Object::toString).toList();
            List<String> b = Outputs.parquet(second.outputDir(), table).stream().map(Object::toString).toList();
            assertThat(a).isNotEmpty().isEqualTo(b);
        }
        assertThat(second.evaluationId()).isEqualTo(first.evaluationId());
    }

    @Test
    void twice_on_the_same_snapshot_gives_identical_export_cells_and_csv_bytes() throws IOException {
        Path a = first.outputDir().resolve("exports");
        Path b = second.outputDir().resolve("exports");
        assertThat(Outputs.cells(a.resolve(Evaluation.WORKBOOK))).isNotEmpty()
                .isEqualTo(Outputs.cells(b.resolve(Evaluation.WORKBOOK)));
        try (Stream<Path> files = Files.list(a)) {
            // the workbook is compared by its cells above: its zip entries carry the writing time (2 s resolution)
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertThat(Files.readAllBytes(b.resolve(file.getFileName()))).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void the_result_table_has_one_sorted_row_per_unit_open_in_the_year() {
        // when
        List<Map<String, Object>> rows = Outputs.parquet(first.outputDir(), Tables.EVALUATION_RESULT);

        // then
        assertThat(rows).hasSize(24);
        List<String> codes = rows.stream().map(r -> Outputs.field(r, "org_unit_code")).toList();
        assertThat(codes).isSorted();
        Map<String, Object> scored = rows.get(0);
        assertThat(scored.keySet())
                .contains("org_unit_code", "grade", "total_points", "cluster_rank", "eligible", "rubric_version", "snapshot_id");
        assertThat(Outputs.field(scored, "snapshot_id")).isEqualTo(EvaluationFixture.RUN_ID);
        assertThat(Outputs.field(scored, "cluster_name")).as("from the snapshot's cluster table").startsWith("Khối thi đua K");
        long scoredUnits = rows.stream().filter(r -> r.get("total_points") != null).count();
        assertThat(Outputs.parquet(first.outputDir(), Tables.EVALUATION_CRITERION)).hasSize((int) scoredUnits * 10);
        assertThat(first.gradeCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);
    }

    @Test
    void the_snapshot_is_enough_and_the_reference_catalogue_is_never_read() throws IOException {
        // given the fixture's data directory, which has no reference/ at all, and a copy of it beside a
        // reference/org_units.csv whose dates contradict the snapshot's (and would change grades if read)
        assertThat(fixture.data().resolve("reference")).doesNotExist();
        Path withReference = root.resolve("data-with-reference");
        Files.createDirectories(withReference.resolve("evaluation"));
        try (Stream<Path> files = Files.list(fixture.data().resolve("evaluation"))) {
            for (Path file : files.toList()) {
                Files.copy(file, withReference.resolve("evaluation").resolve(file.getFileName()));
            }
        }
        Files.createDirectories(withReference.resolve("reference"));
        Files.writeString(withReference.resolve("reference/org_units.csv"),
                "code,name,parent_code,level,type,cluster,opened_on,closed_on\nF1.001,X,F1,3,hcsn,K2,2024-12-01,\n"
                        + "F1.002,Y,F1,3,hcsn,K1,2001-01-01,2024-02-01\n");

        // when
        EvaluationResult other = Evaluation.run(EvaluationRequest.fromDataDir(fixture.warehouse(), withReference, 2024,
                root.resolve("with-reference")));

        // then the same id, counts and rows: both runs graded from the snapshot alone
        assertThat(other.evaluationId()).isEqualTo(first.evaluationId());
        assertThat(other.gradeCounts()).isEqualTo(first.gradeCounts());
        for (var table : List.of(Tables.EVALUATION_RESULT, Tables.EVALUATION_CRITERION, Tables.GRADE_DISTRIBUTION)) {
            assertThat(Outputs.parquet(other.outputDir(), table)).as(table.name())
                    .isEqualTo(Outputs.parquet(first.outputDir(), table));
        }
        assertThat(Outputs.field(row(Outputs.parquet(first.outputDir(), Tables.EVALUATION_RESULT), "F1.001"), "eligible"))
                .isEqualTo("true");
    }

    @Test
    void a_silent_unit_and_ineligible_units_are_named_with_their_reason() throws IOException {
        // when
        List<Map<String, Object>> rows = Outputs.parquet(first.outputDir(), Tables.EVALUATION_RESULT);

        // then
        Map<String, Object> silent = row(rows, "F1.003");
        assertThat(Outputs.field(silent, "grade")).isEqualTo(Grade.KHONG_BAO_CAO.code());
        assertThat(silent.get("total_points")).isNull();
        assertThat(silent.get("eligible")).isEqualTo(true);
        assertThat(Outputs.field(row(rows, "F1.004"), "ineligibility_reason")).contains("thành lập ngày 01/05/2024");
        assertThat(row(rows, "F2.002").get("eligible")).isEqualTo(false);
        String notGraded = Files.readString(first.outputDir().resolve("exports/khong-xep-loai.csv"), StandardCharsets.UTF_8);
        assertThat(notGraded).contains("F1.003", "không gửi báo cáo trong năm", "F1.004", "F2.002",
                "thuộc danh sách không xét: Không đăng ký thi đua năm 2024");
    }

    @Test
    void the_manifest_records_rubric_snapshot_inputs_and_every_adjustment() throws IOException {
        // when
        JsonNode manifest = new ObjectMapper().readTree(first.manifest().toFile());

        // then
        assertThat(manifest.get("rubric_version").asText()).isEqualTo(first.rubricVersion()).isNotBlank();
        assertThat(manifest.get("snapshot_id").asText()).isEqualTo(EvaluationFixture.RUN_ID);
        assertThat(manifest.get("created_at").asText()).isNotBlank();
        assertThat(manifest.at("/inputs/rubric/sha256").asText()).hasSize(64);
        assertThat(manifest.get("inputs").fieldNames()).toIterable()
                .containsExactly("rubric", "exclusions", "reorganisations", "adjustments", "official_grades");
        assertThat(manifest.at("/adjustments/0/status").asText()).isEqualTo("applied");
        assertThat(manifest.at("/adjustments/0/after").asText()).isEqualTo("10.00");
        assertThat(manifest.at("/adjustments/1/status").asText()).isEqualTo("rejected");
        assertThat(first.adjustmentsApplied()).isEqualTo(1);
        assertThat(first.adjustmentsRejected()).isEqualTo(1);
        assertThat(manifest.at("/files").size()).isEqualTo(first.files().size());
        // the default output directory sits beside the snapshots
        assertThat(first.outputDir()).isEqualTo(fixture.warehouse().resolve("evaluation").resolve(EvaluationFixture.RUN_ID)
                .toRealPath());
    }

    @Test
    void an_adjusted_criterion_shows_both_points_and_its_reason() {
        Map<String, Object> adjusted = Outputs.parquet(first.outputDir(), Tables.EVALUATION_CRITERION).stream()
                .filter(r -> Outputs.field(r, "org_unit_code").equals("F1.005") && Outputs.field(r, "criterion_code").equals("ND4.2"))
                .findFirst().orElseThrow();
        assertThat(adjusted.get("points")).isEqualTo(10.0);
        assertThat(adjusted.get("adjusted")).isEqualTo(true);
        assertThat(Outputs.field(adjusted, "evidence")).contains("phúc tra:", "Bổ sung biên bản đối thoại");
    }

    @Test
    void exports_keep_a_formula_typed_as_a_name_as_text() throws IOException {
        String csv = Files.readString(first.outputDir().resolve("exports/ket-qua-xep-loai.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\"'=HYPERLINK(\"\"http://example.invalid\"\"");
        assertThat(Outputs.cells(first.outputDir().resolve("exports").resolve(Evaluation.WORKBOOK)))
                .anyMatch(c -> c.endsWith("='" + EvaluationFixture.FORMULA_NAME))
                .noneMatch(c -> c.endsWith("=" + EvaluationFixture.FORMULA_NAME));
    }

    @Test
    void the_per_unit_explanation_says_why_each_grade() throws IOException {
        String why = Files.readString(first.outputDir().resolve("exports/giai-trinh.csv"), StandardCharsets.UTF_8);
        assertThat(why).contains("F1.001", "Tổng điểm", "Kết luận 1", "→ " , "điểm (");
        assertThat(EvaluationMain.summary(first)).contains("Đã đánh giá 24 CĐCS", Grade.XUAT_SAC.labelVi());
    }

    @Test
    void a_rerun_is_swapped_in_whole_and_leaves_no_partial_directory() throws IOException {
        // when the same evaluation runs again into its usual place
        EvaluationResult rerun = Evaluation.run(EvaluationRequest.fromDataDir(fixture.warehouse(), fixture.data(), 2024, null));

        // then it replaced the first one whole: same files, nothing half-written beside it
        assertThat(rerun.outputDir()).isEqualTo(first.outputDir());
        assertThat(rerun.files()).allSatisfy(f -> assertThat(f).isRegularFile().startsWith(first.outputDir()));
        try (var siblings = Files.list(first.outputDir().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly(first.outputDir().getFileName().toString());
        }
    }

    @Test
    void a_rubric_indicator_missing_from_the_snapshot_stops_the_run_before_anything_is_written() throws IOException {
        // given a rubric with a misspelt indicator code
        Path rubric = root.resolve("misspelt.yaml");
        Files.writeString(rubric, Files.readString(SampleData.rubric()).replace("indicator: tet_coverage", "indicator: tet_coverag"));
        EvaluationRequest request = EvaluationRequest.fromDataDir(fixture.warehouse(), fixture.data(), 2024, root.resolve("never"))
                .withRubric(rubric);

        // then
        assertThatThrownBy(() -> Evaluation.run(request)).isInstanceOf(RubricException.class).hasMessageContaining("tet_coverag");
        assertThat(root.resolve("never")).doesNotExist();
    }

    @Test
    void the_baseline_year_is_graded_by_the_same_rubric_and_shown_beside_its_official_grades() {
        // when
        List<Map<String, Object>> previous = Outputs.parquet(first.outputDir().resolve(EvaluationOutput.PREVIOUS_YEAR),
                Tables.EVALUATION_RESULT);
        List<Map<String, Object>> distribution = Outputs.parquet(first.outputDir(), Tables.GRADE_DISTRIBUTION);

        // then 2023 covers the units open in 2023 (not F1.004, founded in 2024), with the same rubric version
        assertThat(previous).hasSize(23).allSatisfy(r -> {
            assertThat(r.get("year")).isEqualTo(2023);
            assertThat(Outputs.field(r, "rubric_version")).isEqualTo(first.rubricVersion());
        });
        assertThat(Outputs.field(row(previous, "F2.007"), "grade")).isEqualTo(Grade.KHONG_BAO_CAO.code());
        assertThat(Outputs.field(row(previous, "F2.002"), "grade")).as("this year's exclusion is not applied to 2023")
                .isNotEqualTo(Grade.KHONG_XEP_LOAI.code());
        // and the distribution counts each basis: every grade has a row, province-wide and per federation
        assertThat(province(distribution, 2024, GradeCountRow.RUBRIC)).isEqualTo(byCode(first.gradeCounts()));
        assertThat(province(distribution, 2023, GradeCountRow.RUBRIC)).isEqualTo(byCode(first.previousYearGradeCounts()));
        assertThat(province(distribution, 2023, GradeCountRow.OFFICIAL)).containsEntry("xuat_sac", 6)
                .containsEntry("tot", 11).containsEntry("hoan_thanh", 6).containsEntry("khong_hoan_thanh", 0);
        assertThat(distribution).hasSize(3 * 3 * Grade.values().length);
        Map<String, Object> share = distribution.stream().filter(r -> r.get("year").equals(2023)
                && Outputs.field(r, "basis").equals("official") && Outputs.field(r, "scope").equals("province")
                && Outputs.field(r, "grade").equals("xuat_sac")).findFirst().orElseThrow();
        assertThat((Double) share.get("share_pct")).isCloseTo(600.0 / 23, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(EvaluationMain.summary(first)).contains("Năm 2023 chấm theo cùng bộ tiêu chí:");
        // and staff get the same counts as a sheet and a CSV
        String csv;
        try {
            csv = Files.readString(first.outputDir().resolve("exports/so-sanh-xep-loai.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv).contains("Năm 2023 (kết quả chính thức): số CĐCS", "Hoàn thành xuất sắc nhiệm vụ,"
                + first.count(Grade.XUAT_SAC));
    }

    private static Map<String, Integer> province(List<Map<String, Object>> rows, int year, String basis) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        rows.stream().filter(r -> r.get("year").equals(year) && Outputs.field(r, "basis").equals(basis)
                        && Outputs.field(r, "scope").equals(GradeCountRow.PROVINCE))
                .forEach(r -> out.put(Outputs.field(r, "grade"), (Integer) r.get("units")));
        return out;
    }

    private static Map<String, Integer> byCode(Map<Grade, Integer> counts) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.forEach((g, n) -> out.put(g.code(), n));
        return out;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String code) {
        return rows.stream().filter(r -> Outputs.field(r, "org_unit_code").equals(code)).findFirst().orElseThrow();
    }
}
