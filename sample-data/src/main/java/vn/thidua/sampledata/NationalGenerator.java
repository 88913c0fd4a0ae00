package vn.thidua.sampledata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.thidua.sampledata.FigureModel.PhaseFigures;
import vn.thidua.sampledata.FigureModel.UnitHistory;

/**
 * The national set: 63 provinces, about 130,000 grassroots unions and 11 million members, in the same
 * layout as the provincial one (CSV only). It is streamed: one province's plan and one unit's history
 * are in memory at a time, every file is written as the units are simulated.
 */
final class NationalGenerator {
    /** More initiatives per member than the province: about a million a year nationally ("01 triệu sáng kiến"). */
    static final double INITIATIVES_PER_MEMBER = 0.085;
    static final double MISSING_SHARE = 0.02;
    static final double LATE_SHARE = 0.04;

    private final Path out;
    private final long seed;
    private final Years years;
    private final List<Phase> baseline;
    private final List<Phase> reporting;
    private final List<Phase> phases;
    private final FigureModel model;
    private int files;
    private long rows;
    private long initiatives;
    private long members;

    private NationalGenerator(Path out, long seed, Years years) {
        this.out = out;
        this.seed = seed;
        this.years = years;
        this.baseline = years.baselinePhases();
        this.reporting = years.reportingPhases();
        this.phases = years.phases();
        this.model = new FigureModel(seed, INITIATIVES_PER_MEMBER, years);
    }

    static SampleDataGenerator.Summary run(Path out, long seed, int nationalUnits, Years years) {
        return new NationalGenerator(out, seed, years).generate(nationalUnits);
    }

    private SampleDataGenerator.Summary generate(int nationalUnits) {
        Layout layout = Layout.csv(Layout.Format.CSV_PLAIN, Layout.Headers.LABEL, true, Metric.ALL);
        SubmissionWriter[] consolidated = new SubmissionWriter[2];
        int orgUnits;
        try (ReferenceWriter ref = new ReferenceWriter(out.resolve("reference"), years)) {
            for (int p = 0; p < 2; p++) {
                Phase ph = baseline.get(p);
                consolidated[p] = new SubmissionWriter(out.resolve(ph.inboxDir()).resolve(ph.consolidatedFileName()),
                        layout, ph);
            }
            for (int i = 0; i < NationalPlan.PROVINCES.size(); i++) {
                ProvincePlan plan = NationalPlan.province(i, NationalPlan.unitsOf(i, nationalUnits), seed, years);
                ref.province(plan, model);
                int g = 0;
                for (ReportingGroup group : plan.groups()) {
                    group(group, g++, consolidated);
                }
            }
            orgUnits = ref.orgUnitRows();
        } finally {
            for (SubmissionWriter w : consolidated) {
                if (w != null) {
                    rows += w.rows();
                    w.close();
                }
            }
        }
        files += 2;
        return new SampleDataGenerator.Summary(SampleDataGenerator.Scale.NATIONAL, seed, years.reporting(), orgUnits,
                files, rows, initiatives, members);
    }

    /** One group: its rows go to the baseline's consolidated files and to its own reporting-year files and registers. */
    private void group(ReportingGroup g, int index, SubmissionWriter[] consolidated) {
        Layout.Format format = index % 2 == 0 ? Layout.Format.CSV_PLAIN : Layout.Format.CSV_VN;
        List<Metric> metrics = g.hasFederationRow() ? Metric.ALL : Metric.grassrootsMetrics();
        Layout layout = Layout.csv(format, Layout.Headers.LABEL, false, metrics);
        SubmissionWriter[] own = new SubmissionWriter[2];
        InitiativeRegisterWriter[] registers = new InitiativeRegisterWriter[2];
        int[] seq = new int[2];
        try {
            for (int p = 0; p < 2; p++) {
                Phase ph = reporting.get(p);
                String prefix = ph.inboxDir() + "/" + received(g, ph) + "_" + g.slug();
                own[p] = new SubmissionWriter(out.resolve(prefix + ".csv"), layout, ph);
                registers[p] = new InitiativeRegisterWriter(out.resolve(prefix + "_sang-kien.csv"));
            }
            for (PlannedUnit u : g.units()) {
                UnitHistory h = model.simulate(u);
                SplittableRandom absent = Seeds.rng(seed, u.code(), "reporting");
                for (Phase ph : phases) {
                    PhaseFigures f = h.at(ph);
                    if (f == null || absent.nextDouble() < MISSING_SHARE) {
                        continue;
                    }
                    Row row = Row.of(u.code(), u.org().name(), f.values());
                    if (ph.year() == years.baseline()) {
                        consolidated[ph.phase() - 1].write(row);
                        continue;
                    }
                    int p = ph.phase() - 1;
                    own[p].write(row);
                    for (Initiative i : f.initiatives()) {
                        String id = String.format("%s-%d-%d-%06d", g.slug().toUpperCase(java.util.Locale.ROOT), ph.year(),
                                ph.phase(), ++seq[p]);
                        registers[p].write(new InitiativeRegisterWriter.Entry(id, u.org(), i,
                                InitiativeText.invent(seed, u.org(), i, years.seedYear(ph.year()), ph.phase())));
                    }
                }
                PhaseFigures last = h.at(reporting.get(1));
                if (last != null) {
                    members += last.get(Metric.MEMBERS);
                }
            }
            if (g.hasFederationRow()) {
                for (int p = 0; p < 2; p++) {
                    consolidated[p].write(Row.of(g.federation().code(), g.federation().name(),
                            model.federationRow(g, baseline.get(p))));
                    own[p].write(Row.of(g.federation().code(), g.federation().name(), model.federationRow(g, reporting.get(p))));
                }
            }
        } finally {
            for (int p = 0; p < 2; p++) {
                if (own[p] != null) {
                    rows += own[p].rows();
                    own[p].close();
                    files++;
                }
                if (registers[p] != null) {
                    initiatives += registers[p].rows();
                    registers[p].close();
                }
            }
        }
    }

    /** Most files arrive in the ten days before the deadline; about 4 % up to a week after it. */
    private String received(ReportingGroup g, Phase ph) {
        SplittableRandom r = Seeds.rng(seed, g.slug(), "received", years.seedYear(ph.year()), ph.phase());
        LocalDate d = r.nextDouble() < LATE_SHARE ? ph.deadline().plusDays(1 + r.nextInt(7))
                : ph.deadline().minusDays(r.nextInt(10));
        return d.toString();
    }
}
