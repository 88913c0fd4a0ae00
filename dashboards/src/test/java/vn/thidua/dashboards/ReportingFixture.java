package vn.thidua.dashboards;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.SnapshotFixture;
import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.manifest.Manifest;
import vn.thidua.warehouse.parquet.Filter;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.Snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link DashboardFixture}'s snapshot with the units' reporting rows as the analytics writes them (contract §4):
 * per unit and phase {@code reporting_completeness} is reported/expected (0 or 100) and {@code reporting_timeliness}
 * on_time/expected (0 when the first file came after the deadline); the year sums the phases. The dashboard
 * fixture draws plausible rates there instead, which say nothing about a single unit. Named units are made late;
 * everything else is the fixture's, republished under the same run id.
 */
public final class ReportingFixture {

    private final DashboardFixture fixture;
    private final Map<String, Set<Integer>> late = new HashMap<>();

    public ReportingFixture(DashboardFixture fixture) {
        this.fixture = fixture;
    }

    /** The unit's first file of these phases came after the deadline. */
    public ReportingFixture late(String unitCode, Integer... phases) {
        late.put(unitCode, Set.of(phases));
        return this;
    }

    /** Publishes into {@code warehouse} (the fixture is first written beside it, in {@code <warehouse>-source}). */
    public Path writeTo(Path warehouse) {
        Path source = warehouse.resolveSibling(warehouse.getFileName() + "-source");
        fixture.writeTo(source);
        try (Snapshot s = Snapshot.open(source)) {
            Manifest m = s.manifest();
            SnapshotFixture out = SnapshotFixture.in(warehouse).runId(m.runId()).year(m.year()).createdAt(m.createdAt())
                    .catalogueVersion(m.catalogueVersion()).watermark(m.watermark())
                    .dataCutoff(m.dataCutoff(), m.dataCutoffTimeKnown())
                    .values(reporting(s.indicatorValues(Filter.ALL))).phases(s.phases());
            s.indicators().forEach(out::indicator);
            s.orgUnits().forEach(out::orgUnit);
            s.clusters().forEach(out::cluster);
            s.movements().forEach(out::movement);
            s.clusterRankings(m.year()).forEach(out::ranking);
            Path dir = out.publish();
            copy(new Warehouse(source).evaluation(m.runId()), new Warehouse(warehouse).evaluation(m.runId()));
            return dir;
        }
    }

    private List<IndicatorValueRow> reporting(List<IndicatorValueRow> rows) {
        List<IndicatorValueRow> out = new ArrayList<>();
        Map<String, int[]> year = new HashMap<>(); // unit|indicator → {count, expected}
        for (IndicatorValueRow r : rows) {
            boolean reportingRow = r.level() == Level.UNIT && r.indicatorCode().startsWith("reporting_");
            if (!reportingRow) {
                out.add(r);
            } else if (r.phase() != 0) {
                boolean reported = r.unitsReporting() != null && r.unitsReporting() > 0;
                boolean counted = r.indicatorCode().equals("reporting_completeness") ? reported
                        : reported && !late.getOrDefault(r.orgUnitCode(), Set.of()).contains(r.phase());
                int[] sum = year.computeIfAbsent(r.orgUnitCode() + "|" + r.indicatorCode(), k -> new int[2]);
                sum[0] += counted ? 1 : 0;
                sum[1] += 1;
                out.add(unitRow(r, counted ? 1 : 0, 1));
            }
        }
        rows.stream().filter(r -> r.level() == Level.UNIT && r.indicatorCode().startsWith("reporting_") && r.phase() == 0)
                .forEach(r -> {
                    int[] sum = year.getOrDefault(r.orgUnitCode() + "|" + r.indicatorCode(), new int[] {0, 0});
                    out.add(unitRow(r, sum[0], sum[1]));
                });
        return out;
    }

    private static IndicatorValueRow unitRow(IndicatorValueRow r, int numerator, int expected) {
        Double value = expected == 0 ? null : numerator * 100.0 / expected;
        Double change = value == null || r.previousValue() == null ? null : value - r.previousValue();
        return new IndicatorValueRow(r.year(), r.phase(), r.level(), r.orgUnitCode(), r.orgUnitName(), r.indicatorCode(),
                (double) numerator, (double) expected, value, r.previousYear(), r.previousValue(), change,
                change == null || r.previousValue() == 0 ? null : change / r.previousValue() * 100,
                r.unitsReporting(), r.unitsExpected());
    }

    private static void copy(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
