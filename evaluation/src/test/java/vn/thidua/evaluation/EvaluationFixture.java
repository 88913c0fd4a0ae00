package vn.thidua.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.LinearScoring;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.RubricLoader;
import vn.thidua.evaluation.rubric.ThresholdScoring;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.SnapshotFixture;
import vn.thidua.warehouse.snapshot.ClusterRow;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

/**
 * A small published warehouse, written by the warehouse module's {@link SnapshotFixture} exactly as the
 * contract lays it out, and a data directory beside it holding only {@code evaluation/} (the shipped rubric,
 * exclusions, adjustments, official grades): no {@code reference/}, the snapshot is all the evaluation needs.
 * 24 grassroots units in two clusters; figures from a fixed seed, for every indicator the rubric uses.
 * Planted: a unit that sent nothing (F1.003), one founded in May 2024 (F1.004), one excluded (F2.002),
 * one whose name is a formula (F2.001), one adjusted after verification (F1.005). The 2023 figures
 * ({@code previous_value}) are weaker on the whole; F2.007 sent nothing in 2023, and F1.004 did not exist.
 * The official 2023 grades file lists every unit open in 2023, as codes and as Vietnamese names.
 */
public final class EvaluationFixture {

    public static final String RUN_ID = "20250110T083000-fx";
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";

    private record Unit(String code, String name, String parent, String cluster, LocalDate openedOn) {
    }

    private final Path warehouse;
    private final Path data;

    public EvaluationFixture(Path root) {
        this.warehouse = root.resolve("warehouse");
        this.data = root.resolve("data");
    }

    public Path warehouse() {
        return warehouse;
    }

    public Path data() {
        return data;
    }

    public EvaluationFixture write() {
        Rubric rubric = RubricLoader.load(SampleData.rubric());
        List<Unit> units = units();
        SnapshotFixture snapshot = SnapshotFixture.in(warehouse).runId(RUN_ID).catalogueVersion("2024.1");
        orgUnits(units).forEach(snapshot::orgUnit);
        indicators(rubric).forEach(snapshot::indicator);
        snapshot.cluster(new ClusterRow("K1", "Khối thi đua K1")).cluster(new ClusterRow("K2", "Khối thi đua K2"));
        snapshot.values(values(rubric, units, 0)).values(values(rubric, units, 1)).publish();
        try {
            writeData(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int f = 1; f <= 2; f++) {
            for (int i = 1; i <= 12; i++) {
                String code = String.format("F%d.%03d", f, i);
                String name = code.equals("F2.001") ? FORMULA_NAME : "Công đoàn Trường số " + i + " huyện " + f;
                units.add(new Unit(code, name, "F" + f, i % 2 == 0 ? "K1" : "K2",
                        code.equals("F1.004") ? LocalDate.of(2024, 5, 1) : LocalDate.of(2005, 3, 1 + i % 9)));
            }
        }
        return units;
    }

    /** The founding dates live in the snapshot's org_unit: the federations' are not needed, so not given. */
    private static List<OrgUnitRow> orgUnits(List<Unit> units) {
        List<OrgUnitRow> out = new ArrayList<>();
        out.add(new OrgUnitRow("P", "Liên đoàn Lao động tỉnh", null, 1, "lien_doan", null, LocalDate.of(1950, 1, 1), null));
        out.add(new OrgUnitRow("F1", "Liên đoàn Lao động huyện Một", "P", 2, "lien_doan", null, null, null));
        out.add(new OrgUnitRow("F2", "Liên đoàn Lao động huyện Hai", "P", 2, "lien_doan", null, null, null));
        units.forEach(u -> out.add(new OrgUnitRow(u.code(), u.name(), u.parent(), 3, "hcsn", u.cluster(), u.openedOn(), null)));
        return out;
    }

    private static List<IndicatorRow> indicators(Rubric rubric) {
        return rubric.criteria().stream().map(c -> new IndicatorRow(c.indicator(), "Chỉ tiêu " + c.indicator(), c.indicator(),
                c.indicator().endsWith("_rate") ? "percent" : "count", 1.0, "higher_better")).toList();
    }

    /** Each unit has a strength; its figures land around that share of each criterion's full mark. */
    private static List<IndicatorValueRow> values(Rubric rubric, List<Unit> units, int phase) {
        Random random = new Random(2024 + phase);
        Random previousYear = new Random(2023 + phase);
        List<IndicatorValueRow> out = new ArrayList<>();
        for (String cluster : List.of("K1", "K2")) {
            out.add(value(phase, Level.CLUSTER, cluster, "Khối thi đua " + cluster, "participation_rate", 80.0, null, 1));
        }
        for (Unit u : units) {
            double strength = 0.55 + 0.45 * random.nextDouble();
            boolean silent = u.code().equals("F1.003");
            for (Criterion c : rubric.criteria()) {
                double full = c.scoring() instanceof LinearScoring l
                        ? l.zeroAt() + (l.fullAt() - l.zeroAt()) * strength * (0.8 + 0.4 * random.nextDouble())
                        : ((ThresholdScoring) c.scoring()).steps().get(((ThresholdScoring) c.scoring()).steps().size() - 1)
                                .from() * strength * (0.6 + 0.6 * random.nextDouble());
                Double v = silent ? null : Math.round(full * 100) / 100.0;
                boolean absent2023 = u.code().equals("F1.004") || u.code().equals("F2.007");
                Double v2023 = absent2023 ? null : Math.round(full * (0.6 + 0.5 * previousYear.nextDouble()) * 100) / 100.0;
                out.add(value(phase, Level.UNIT, u.code(), u.name(), c.indicator(), v, v2023, silent ? 0 : 1));
            }
        }
        return out;
    }

    private static IndicatorValueRow value(int phase, Level level, String code, String name, String indicator,
                                           Double value, Double previous, int reporting) {
        return new IndicatorValueRow(2024, phase, level, code, name, indicator, null, null, value, 2023, previous,
                null, null, reporting, 1);
    }

    /** Only the evaluation's own files: nothing under {@code <data>/reference/}. */
    private void writeData(List<Unit> units) throws IOException {
        Path evaluation = Files.createDirectories(data.resolve("evaluation"));
        Files.copy(SampleData.rubric(), evaluation.resolve("rubric-2024.yaml"));
        Files.writeString(evaluation.resolve("exclusions.csv"), "unit_code,reason\nF2.002,Không đăng ký thi đua năm 2024\n");
        StringBuilder official = new StringBuilder("unit_code,grade\n");
        String[] grades = {"tot", "Hoàn thành xuất sắc nhiệm vụ", "hoan_thanh", "Hoàn thành tốt nhiệm vụ"};
        int i = 0;
        for (Unit u : units) {
            if (!u.code().equals("F1.004")) {
                official.append(u.code()).append(',').append(grades[i++ % grades.length]).append('\n');
            }
        }
        Files.writeString(evaluation.resolve("official-grades-2023.csv"), official);
        Files.writeString(evaluation.resolve("adjustments.csv"), """
                unit_code,criterion,new_value,reason,entered_by,entered_on
                F1.005,ND4.2,10,"Bổ sung biên bản đối thoại ngày 12/12/2024",Nguyễn Thị Hoa,2025-01-15
                F1.006,ND9.9,1,Mã tiêu chí gõ nhầm,Nguyễn Thị Hoa,2025-01-15
                """);
    }
}
