package vn.thidua.evaluation.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.evaluation.adjust.Adjustment;
import vn.thidua.evaluation.input.Exclusion;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.IndicatorInfo;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitFigures;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.RubricLoader;

/**
 * Builds grading inputs in memory, unit by unit, for the rubric edge-case tests: no files, no Parquet.
 * Units are open since 2010 in cluster K1 unless a test says otherwise.
 */
final class Units {

    static final String TEST_RUBRIC = text("/rubric-test.yaml");

    private final Map<String, GrassrootsUnit> units = new TreeMap<>();
    private final Map<String, UnitFigures> figures = new TreeMap<>();
    private final Map<String, UnitHistory> histories = new TreeMap<>();
    private final Map<String, Exclusion> exclusions = new TreeMap<>();
    private final Map<String, Reorganisation> reorganisations = new TreeMap<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private String rubricYaml = TEST_RUBRIC;

    /** A reporting unit with its A, B, C rates (null: not reported for that indicator). */
    Units unit(String code, Double a, Double b, Double c) {
        return unit(code, "K1", a, b, c, null);
    }

    Units unit(String code, String cluster, Double a, Double b, Double c, Double participation) {
        units.put(code, new GrassrootsUnit(code, "Công đoàn " + code, "hcsn", "F1", "LĐLĐ F1", cluster, "Cụm " + cluster));
        Map<String, Double> values = new LinkedHashMap<>();
        put(values, "a_rate", a);
        put(values, "b_rate", b);
        put(values, "c_rate", c);
        put(values, "participation_rate", participation);
        figures.put(code, new UnitFigures(code, true, values));
        histories.put(code, new UnitHistory(code, LocalDate.of(2010, 1, 1), null));
        return this;
    }

    /** A unit that sent nothing all year. */
    Units silent(String code) {
        unit(code, null, null, null);
        figures.put(code, UnitFigures.none(code));
        return this;
    }

    Units history(String code, LocalDate opened, LocalDate closed) {
        histories.put(code, new UnitHistory(code, opened, closed));
        return this;
    }

    Units noHistory(String code) {
        histories.remove(code);
        return this;
    }

    Units excluded(String code, String reason) {
        exclusions.put(code, new Exclusion(code, reason));
        return this;
    }

    Units reorganised(String code, LocalDate on) {
        reorganisations.put(code, new Reorganisation(code, on, "merger", null));
        return this;
    }

    Units adjustment(int line, String code, String target, String value, LocalDate on) {
        adjustments.add(new Adjustment(line, code, target, value, "lý do " + line, "Cán bộ phúc tra", on));
        return this;
    }

    /** Single-unit tests: a 20% cap of one unit would allow no top grade at all. */
    Units noCap() {
        return rubric("max_share_top_per_cluster: 0.2", "max_share_top_per_cluster: 1");
    }

    Units rubric(String from, String to) {
        rubricYaml = rubricYaml.replace(from, to);
        return this;
    }

    Rubric rubric() {
        return RubricLoader.fromYaml(rubricYaml);
    }

    Evaluated evaluate() {
        Map<String, IndicatorInfo> indicators = Map.of("a_rate", new IndicatorInfo("a_rate", "Tỷ lệ A", "percent"));
        SnapshotYear snapshot = new SnapshotYear("snap-1", Path.of("snapshots", "snap-1"), 2024,
                LocalDateTime.of(2025, 1, 10, 8, 30), units, figures, indicators);
        return Evaluator.evaluate(new EvaluationInputs(rubric(), snapshot, histories, exclusions, reorganisations,
                adjustments));
    }

    static UnitEvaluation find(Evaluated evaluated, String code) {
        return evaluated.units().stream().filter(u -> u.unit().code().equals(code)).findFirst().orElseThrow();
    }

    private static void put(Map<String, Double> values, String key, Double value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String text(String resource) {
        try (InputStream in = Units.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
