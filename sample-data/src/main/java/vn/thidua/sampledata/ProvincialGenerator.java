package vn.thidua.sampledata;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import vn.thidua.sampledata.FigureModel.UnitHistory;
import vn.thidua.sampledata.InboxSchedule.FileSpec;

/**
 * The bundled Bắc Kạn data set: reference data, the clean baseline year (one consolidated file per
 * phase) and the messy reporting year's inbox (one file per federation and phase, plus registers, with
 * the problems of {@link DeliberateProblems}).
 */
final class ProvincialGenerator {
    /** Yearly initiatives per member (plus 0.25 per unit): about 2–3 per unit and year. */
    static final double INITIATIVES_PER_MEMBER = 0.06;
    /** Grassroots unions that send nothing in a phase ("not reported" is never zero). */
    static final int MISSING_BASELINE = 5;
    static final int MISSING_REPORTING = 12;

    /** What a run produced: the public summary plus what the README and tests need to know. */
    record Result(SampleDataGenerator.Summary summary, List<DeliberateProblems.Problem> problems,
                  List<InboxExpectation> expectations) {}

    private final Path out;
    private final long seed;
    private final Years years;
    private final ProvincePlan plan;
    private final FigureModel model;
    private final Map<String, UnitHistory> history = new LinkedHashMap<>();
    private final SplittableRandom reporting;
    private int submissionFiles;
    private long submissionRows;
    private long initiatives;

    private ProvincialGenerator(Path out, long seed, Years years) {
        this.out = out;
        this.seed = seed;
        this.years = years;
        this.plan = BacKanPlan.build(seed, years);
        this.model = new FigureModel(seed, INITIATIVES_PER_MEMBER, years);
        this.reporting = Seeds.rng(seed, "reporting");
        plan.grassroots().forEach(u -> history.put(u.code(), model.simulate(u)));
    }

    static Result run(Path out, long seed, Years years) {
        return new ProvincialGenerator(out, seed, years).generate();
    }

    private Result generate() {
        int orgUnits;
        try (ReferenceWriter ref = new ReferenceWriter(out.resolve("reference"), years)) {
            ref.province(plan, model);
            orgUnits = ref.orgUnitRows();
        }
        for (Phase ph : years.baselinePhases()) {
            baseline(ph);
        }
        List<SubmissionFile> files = new ArrayList<>();
        Map<Phase, Set<String>> missing = new LinkedHashMap<>();
        for (Phase ph : years.reportingPhases()) {
            missing.put(ph, missing(ph, MISSING_REPORTING));
        }
        List<FileSpec> schedule = InboxSchedule.files(years);
        for (FileSpec spec : schedule) {
            files.add(assemble(spec, missing.get(spec.phase())));
        }
        List<DeliberateProblems.Problem> problems = DeliberateProblems.apply(files, plan, history);
        for (SubmissionFile f : files) {
            write(f);
        }
        for (FileSpec spec : schedule) {
            if (spec.register()) {
                register(spec, files);
            }
        }
        long members = history.values().stream().map(h -> h.at(years.reportingPhase(2))).filter(p -> p != null)
                .mapToLong(p -> p.get(Metric.MEMBERS)).sum();
        var summary = new SampleDataGenerator.Summary(SampleDataGenerator.Scale.PROVINCIAL, seed, years.reporting(),
                orgUnits, submissionFiles, submissionRows, initiatives, members);
        return new Result(summary, problems, InboxExpectation.of(plan, files, years.reportingPhases()));
    }

    /** The baseline year arrives as one clean consolidated file per phase, on the deadline. */
    private void baseline(Phase ph) {
        Set<String> absent = missing(ph, MISSING_BASELINE);
        Layout layout = Layout.csv(Layout.Format.CSV_PLAIN, Layout.Headers.LABEL, true, Metric.ALL);
        Path file = out.resolve(ph.inboxDir()).resolve(ph.consolidatedFileName());
        try (SubmissionWriter w = new SubmissionWriter(file, layout, ph)) {
            for (ReportingGroup g : plan.groups()) {
                rows(g, ph, absent).forEach(w::write);
            }
            submissionRows += w.rows();
        }
        submissionFiles++;
    }

    private SubmissionFile assemble(FileSpec spec, Set<String> absent) {
        ReportingGroup g = plan.group(spec.group());
        Phase ph = spec.phase();
        List<String> titles = spec.format() == Layout.Format.XLSX
                ? List.of(g.titleVi(), "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA " + Text.upper(ph.name())) : List.of();
        Layout layout = new Layout(spec.format(), spec.headers(), spec.yearPhase(), spec.nameFirst(),
                InboxSchedule.metrics(spec, g), titles, InboxSchedule.groupHeader(spec), spec.format() == Layout.Format.XLSX,
                InboxSchedule.totalRow(spec), 0);
        String path = ph.inboxDir() + "/" + spec.prefix() + "_" + g.slug() + "." + spec.format().extension;
        String author = g.hasFederationRow() ? g.federation().name() : plan.province().name();
        return new SubmissionFile(g.key(), path, ph, layout, new ArrayList<>(rows(g, ph, absent)), spec.late(), author,
                LocalDateTime.of(spec.received(), LocalTime.of(8, 0)));
    }

    /** The group's open, reporting units in code order, then the federation's own row. */
    private List<Row> rows(ReportingGroup g, Phase ph, Set<String> absent) {
        List<Row> rows = new ArrayList<>();
        for (PlannedUnit u : g.units()) {
            FigureModel.PhaseFigures f = history.get(u.code()).at(ph);
            if (f != null && !absent.contains(u.code())) {
                rows.add(Row.of(u.code(), u.org().name(), f.values()));
            }
        }
        if (g.hasFederationRow()) {
            rows.add(Row.of(g.federation().code(), g.federation().name(), model.federationRow(g, ph)));
        }
        return rows;
    }

    private Set<String> missing(Phase ph, int count) {
        List<String> open = new ArrayList<>(plan.grassroots().stream().filter(u -> u.org().openDuring(ph))
                .map(PlannedUnit::code).toList());
        Collections.shuffle(open, new Random(reporting.nextLong()));
        return new LinkedHashSet<>(open.subList(0, count));
    }

    private void write(SubmissionFile f) {
        Path file = out.resolve(f.path());
        if (f.layout().format() == Layout.Format.XLSX) {
            XlsxSubmissionWriter.write(file, f.layout(), f.phase(), f.rows(), f.author(), f.stamp());
        } else {
            try (SubmissionWriter w = new SubmissionWriter(file, f.layout(), f.phase())) {
                f.rows().forEach(w::write);
            }
        }
        submissionFiles++;
        submissionRows += f.rows().size();
    }

    /** The register lists the true initiatives of the units present in the group's final file. */
    private void register(FileSpec spec, List<SubmissionFile> files) {
        ReportingGroup g = plan.group(spec.group());
        Phase ph = spec.phase();
        Set<String> present = new LinkedHashSet<>();
        files.stream().filter(f -> f.group().equals(g.key()) && f.phase().equals(ph))
                .forEach(f -> f.rows().forEach(r -> present.add(r.unitCode)));
        List<InitiativeRegisterWriter.Entry> entries = new ArrayList<>();
        int seq = 0;
        for (PlannedUnit u : g.units()) {
            FigureModel.PhaseFigures pf = history.get(u.code()).at(ph);
            if (pf == null || !present.contains(u.code())) {
                continue;
            }
            for (Initiative i : pf.initiatives()) {
                String id = String.format("%s-%d-%d-%04d", g.key(), ph.year(), ph.phase(), ++seq);
                entries.add(new InitiativeRegisterWriter.Entry(id, u.org(), i,
                        InitiativeText.invent(seed, u.org(), i, years.seedYear(ph.year()), ph.phase())));
            }
        }
        String base = ph.inboxDir() + "/" + spec.prefix() + "_" + g.slug() + "_sang-kien";
        String author = g.hasFederationRow() ? g.federation().name() : plan.province().name();
        if (InboxSchedule.registerAsXlsx(spec)) {
            InitiativeRegisterWriter.writeXlsx(out.resolve(base + ".xlsx"),
                    "DANH SÁCH SÁNG KIẾN " + Text.upper(ph.name()) + " - " + g.titleVi(), entries, author,
                    LocalDateTime.of(spec.received(), LocalTime.of(8, 0)));
        } else {
            try (InitiativeRegisterWriter w = new InitiativeRegisterWriter(out.resolve(base + ".csv"))) {
                entries.forEach(w::write);
            }
        }
        initiatives += entries.size();
    }
}
