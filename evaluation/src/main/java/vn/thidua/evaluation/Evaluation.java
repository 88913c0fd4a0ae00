package vn.thidua.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.evaluation.adjust.AdjustmentOutcome;
import vn.thidua.evaluation.adjust.AdjustmentReader;
import vn.thidua.evaluation.comparison.OfficialGrades;
import vn.thidua.evaluation.comparison.PreviousYearGrading;
import vn.thidua.evaluation.grading.Evaluated;
import vn.thidua.evaluation.grading.EvaluationInputs;
import vn.thidua.evaluation.grading.Evaluator;
import vn.thidua.evaluation.grading.UnitEvaluation;
import vn.thidua.evaluation.input.GrassrootsUnit;
import vn.thidua.evaluation.input.LocalInputs;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.SnapshotReader;
import vn.thidua.evaluation.input.SnapshotYear;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.output.CsvExport;
import vn.thidua.evaluation.output.ExportTable;
import vn.thidua.evaluation.output.ExportTables;
import vn.thidua.evaluation.output.Fingerprint;
import vn.thidua.evaluation.output.GradeDistribution;
import vn.thidua.evaluation.output.ManifestWriter;
import vn.thidua.evaluation.output.ResultParquet;
import vn.thidua.evaluation.output.XlsxExport;
import vn.thidua.evaluation.rubric.Criterion;
import vn.thidua.evaluation.rubric.RankKey;
import vn.thidua.evaluation.rubric.Rubric;
import vn.thidua.evaluation.rubric.RubricException;
import vn.thidua.evaluation.rubric.RubricLoader;
import vn.thidua.evaluation.rubric.ShortlistRule;
import vn.thidua.warehouse.Grade;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.evaluation.EvaluationOutput;
import vn.thidua.warehouse.evaluation.GradeCountRow;
import vn.thidua.warehouse.parquet.ParquetTables;

/**
 * The year-end evaluation of every grassroots union: reads the rubric and the published snapshot, grades,
 * ranks and shortlists ({@link Evaluator}), and writes the Parquet tables, the exports and the manifest.
 * Plain Java, no Spring: the jobs module calls {@link #run} from a step, {@link EvaluationMain} from a shell.
 * The baseline year graded by the same rubric goes to {@code <out>/}{@value EvaluationOutput#PREVIOUS_YEAR}.
 */
public final class Evaluation {

    public static final String WORKBOOK = "ket-qua-xep-loai.xlsx";
    public static final String EXPORTS = "exports";

    private Evaluation() {
    }

    public static EvaluationResult run(EvaluationRequest request) {
        Rubric rubric = RubricLoader.load(request.rubric());
        // One read of the snapshot gives both years and the units' dates: nothing else is read from it.
        SnapshotReader.Years years = SnapshotReader.read(request.snapshot(), rubric.year());
        SnapshotYear snapshot = years.year();
        checkIndicators(rubric, snapshot);
        Map<String, UnitHistory> histories = years.histories();
        Map<String, Reorganisation> reorganisations = LocalInputs.reorganisations(request.reorganisations());
        EvaluationInputs inputs = new EvaluationInputs(rubric, snapshot, histories,
                LocalInputs.exclusions(request.exclusions()), reorganisations, AdjustmentReader.read(request.adjustments()));
        Evaluated evaluated = Evaluator.evaluate(inputs);
        Evaluated previous = PreviousYearGrading.grade(rubric, years.previousYear(), histories, reorganisations);
        Optional<Map<String, Grade>> official = OfficialGrades.read(request.officialGrades(), histories);

        List<ManifestWriter.Input> fileInputs = List.of(input("rubric", request.rubric()),
                input("exclusions", request.exclusions()), input("reorganisations", request.reorganisations()),
                input("adjustments", request.adjustments()), input("official_grades", request.officialGrades()));
        String evaluationId = evaluationId(snapshot, rubric, fileInputs);
        Path out = outputDir(request, snapshot);
        // Written beside the target and swapped in only when complete: a failed run leaves the last good
        // evaluation of this snapshot in place, never a half-written one.
        Path written = beside(out);

        List<GradeDistribution.Series> distribution = distribution(rubric, snapshot, evaluated, previous, official);
        List<Path> files = writeParquet(written, rubric, snapshot.id(), evaluated, previous, distribution);
        List<ExportTable> tables = new ArrayList<>(ExportTables.build(evaluated, rubric, snapshot.id()));
        tables.add(1, GradeDistribution.comparisonTable(distribution));
        Path exports = written.resolve(EXPORTS);
        createDirectories(exports);
        files.add(XlsxExport.write(tables, exports.resolve(WORKBOOK), "Kết quả xếp loại CĐCS năm " + rubric.year(),
                snapshot.createdAt()));
        tables.stream().filter(t -> t.csvFile() != null).forEach(t -> files.add(CsvExport.write(t, exports)));

        Map<Grade, Integer> grades = gradeCounts(evaluated.units());
        Map<String, Integer> shortlists = shortlistCounts(evaluated.units(), rubric);
        int applied = count(evaluated, AdjustmentOutcome.Status.APPLIED);
        int rejected = count(evaluated, AdjustmentOutcome.Status.REJECTED);
        ManifestWriter.write(written, evaluationId, rubric.year(), rubric.version(), snapshot.id(),
                snapshot.directory(), fileInputs, evaluated.adjustments(),
                counts(evaluated, grades, shortlists, applied, rejected, previous, official), files);
        publish(written, out);
        List<Path> published = files.stream().map(f -> out.resolve(written.relativize(f))).toList();
        return new EvaluationResult(evaluationId, rubric.year(), rubric.version(), snapshot.id(), out, evaluated.units().size(), grades,
                shortlists, applied, rejected, gradeCounts(previous.units()), out.resolve(ManifestWriter.FILE_NAME),
                new ArrayList<>(published));
    }

    /** The three tables of contract §5, this year's and the baseline's, through the warehouse's Parquet writer. */
    private static List<Path> writeParquet(Path out, Rubric rubric, String snapshotId, Evaluated evaluated,
                                           Evaluated previous, List<GradeDistribution.Series> distribution) {
        BigDecimal topMinShare = rubric.grades().topMinCriterionShare();
        List<Path> files = new ArrayList<>();
        try (ParquetTables parquet = ParquetTables.open()) {
            files.addAll(ResultParquet.write(parquet, out, evaluated.units(),
                    new ResultParquet.RunInfo(rubric.year(), rubric.version(), snapshotId, topMinShare)));
            files.addAll(ResultParquet.write(parquet, out.resolve(EvaluationOutput.PREVIOUS_YEAR), previous.units(),
                    new ResultParquet.RunInfo(rubric.year() - 1, rubric.version(), snapshotId, topMinShare)));
            files.add(GradeDistribution.write(parquet, out, distribution, snapshotId));
        }
        return files;
    }

    /**
     * Every indicator the rubric scores or ranks by must be in the snapshot's catalogue: a misspelt code
     * would otherwise score 0 for every unit ("không có số liệu") without anyone noticing.
     */
    static void checkIndicators(Rubric rubric, SnapshotYear snapshot) {
        if (snapshot.indicators().isEmpty()) {
            return; // an old snapshot without the indicator table: nothing to check against
        }
        List<String> used = new ArrayList<>(rubric.criteria().stream().map(Criterion::indicator).toList());
        rubric.ranking().stream().map(RankKey::key)
                .filter(k -> !k.equals(RankKey.TOTAL) && !k.equals(RankKey.CODE))
                .forEach(used::add);
        List<String> unknown = used.stream().filter(code -> !snapshot.indicators().containsKey(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RubricException("Bộ tiêu chí " + rubric.version() + " dùng chỉ tiêu không có trong bản công bố "
                    + snapshot.id() + ": " + String.join(", ", unknown) + " / the rubric uses indicators the snapshot does not have");
        }
    }

    /** This year by the rubric, the baseline year by the same rubric, and its official grades when supplied. */
    private static List<GradeDistribution.Series> distribution(Rubric rubric, SnapshotYear snapshot, Evaluated evaluated,
                                                               Evaluated previous, Optional<Map<String, Grade>> official) {
        List<GradeDistribution.Series> series = new ArrayList<>();
        series.add(new GradeDistribution.Series(rubric.year(), GradeCountRow.RUBRIC, rubric.version(),
                outcomes(evaluated)));
        series.add(new GradeDistribution.Series(rubric.year() - 1, GradeCountRow.RUBRIC, rubric.version(),
                outcomes(previous)));
        official.ifPresent(grades -> series.add(new GradeDistribution.Series(rubric.year() - 1,
                GradeCountRow.OFFICIAL, null, grades.entrySet().stream()
                .map(e -> new GradeDistribution.Outcome(snapshot.units().getOrDefault(e.getKey(),
                        // dissolved before this year: counted province-wide only, under no federation
                        new GrassrootsUnit(e.getKey(), e.getKey(), null, null, null, "", "")), e.getValue()))
                .toList())));
        return series;
    }

    private static List<GradeDistribution.Outcome> outcomes(Evaluated evaluated) {
        return evaluated.units().stream().map(u -> new GradeDistribution.Outcome(u.unit(), u.grade())).toList();
    }

    private static ManifestWriter.Input input(String name, Path file) {
        return new ManifestWriter.Input(name, file, Fingerprint.of(file));
    }

    /** Names the run by what decided it: the same snapshot, rules and files give the same id. */
    static String evaluationId(SnapshotYear snapshot, Rubric rubric, List<ManifestWriter.Input> inputs) {
        StringBuilder all = new StringBuilder(snapshot.id()).append('|').append(rubric.version());
        inputs.forEach(i -> all.append('|').append(i.name()).append('=').append(i.sha256()));
        return snapshot.id() + "_" + rubric.version() + "_" + Fingerprint.ofText(all.toString()).substring(0, 8);
    }

    /**
     * By default beside the snapshots: {@code <warehouse>/evaluation/<snapshot-id>/}. A snapshot directory
     * outside a warehouse's {@code snapshots/} has no such place: the caller must name one.
     */
    static Path outputDir(EvaluationRequest request, SnapshotYear snapshot) {
        Path out = request.outputDir();
        if (out == null) {
            Path snapshots = snapshot.directory().getParent();
            if (snapshots == null || snapshots.getParent() == null
                    || !snapshots.getFileName().toString().equals(Warehouse.SNAPSHOTS)) {
                throw new IllegalArgumentException("Hãy chỉ định thư mục kết quả (--out) / give an output directory");
            }
            out = new Warehouse(snapshots.getParent()).evaluation(snapshot.id());
        }
        createDirectories(out.getParent());
        return out;
    }

    private static Map<Grade, Integer> gradeCounts(List<UnitEvaluation> units) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, (int) units.stream().filter(u -> u.grade() == g).count());
        }
        return counts;
    }

    private static Map<String, Integer> shortlistCounts(List<UnitEvaluation> units, Rubric rubric) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ShortlistRule s : rubric.shortlists()) {
            counts.put(s.code(), (int) units.stream().filter(u -> u.shortlist().map(x -> x == s).orElse(false)).count());
        }
        return counts;
    }

    private static int count(Evaluated evaluated, AdjustmentOutcome.Status status) {
        return (int) evaluated.adjustments().stream().filter(o -> o.status() == status).count();
    }

    private static Map<String, Object> counts(Evaluated e, Map<Grade, Integer> grades, Map<String, Integer> shortlists,
                                              int applied, int rejected, Evaluated previous,
                                              Optional<Map<String, Grade>> official) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("units", e.units().size());
        counts.put("scored", (int) e.units().stream().filter(u -> u.total() != null).count());
        counts.put("ineligible", (int) e.units().stream().filter(u -> !u.eligible()).count());
        counts.put("not_reported", (int) e.units().stream().filter(u -> u.eligible() && !u.reported()).count());
        counts.put("capped", (int) e.units().stream().filter(UnitEvaluation::capped).count());
        counts.put("closed_before_year", e.closedBeforeYear());
        counts.put("grades", byCode(grades));
        counts.put("shortlists", shortlists);
        counts.put("adjustments_applied", applied);
        counts.put("adjustments_rejected", rejected);
        counts.put("evaluation_result_rows", e.units().size());
        counts.put("evaluation_criterion_rows", e.units().stream().mapToInt(u -> u.scores().size()).sum());
        counts.put("previous_year_units", previous.units().size());
        counts.put("previous_year_grades", byCode(gradeCounts(previous.units())));
        counts.put("official_previous_year_grades", official.map(o -> {
            Map<Grade, Integer> n = new EnumMap<>(Grade.class);
            o.values().forEach(g -> n.merge(g, 1, Integer::sum));
            return byCode(n);
        }).orElse(null));
        return counts;
    }

    private static Map<String, Integer> byCode(Map<Grade, Integer> grades) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            out.put(g.code(), grades.getOrDefault(g, 0));
        }
        return out;
    }

    private static Path beside(Path out) {
        Path written = out.resolveSibling("." + out.getFileName() + ".writing");
        try {
            Warehouse.deleteTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException("Không xoá được lần ghi dở trước / cannot clear " + written, e);
        }
        createDirectories(written);
        return written;
    }

    private static void publish(Path written, Path out) {
        try {
            Warehouse.replaceDirectory(written, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Không công bố được kết quả xếp loại vào " + out, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục / cannot create " + dir, e);
        }
    }
}
