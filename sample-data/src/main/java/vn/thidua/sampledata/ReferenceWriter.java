package vn.thidua.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.reference.ReferenceFile;

/**
 * Writes {@code reference/} (docs/data-contracts.md §1). File names and headers come from
 * {@link ReferenceFile}, the one place the readers take them from too; each row lists its values in
 * that column order. The catalogue files are written at once; org_units, clusters and targets are
 * appended province by province so the national set streams.
 */
final class ReferenceWriter implements AutoCloseable {
    private final Years years;
    private final Table orgUnits;
    private final Table clusters;
    private final Table targets;
    private int orgUnitRows;

    ReferenceWriter(Path dir, Years years) {
        this.years = years;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(ReferenceFile.VERSION_FILE), Catalogue.VERSION + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeCatalogue(dir);
        orgUnits = open(dir, ReferenceFile.ORG_UNITS);
        clusters = open(dir, ReferenceFile.CLUSTERS);
        targets = open(dir, ReferenceFile.TARGETS);
    }

    /**
     * A reference file being written. Rows are checked against the header, so a column added to the
     * contract fails here rather than shifting every value after it.
     */
    private record Table(ReferenceFile file, CsvOut out) implements AutoCloseable {
        void row(String... values) {
            if (values.length != file.columns().size()) {
                throw new IllegalStateException(file.fileName() + ": " + values.length + " values for " + file.columns());
            }
            out.row(values);
        }

        @Override
        public void close() {
            out.close();
        }
    }

    private static Table open(Path dir, ReferenceFile file) {
        CsvOut out = CsvOut.reference(dir.resolve(file.fileName()));
        out.row(file.columns());
        return new Table(file, out);
    }

    private void writeCatalogue(Path dir) {
        try (Table phases = open(dir, ReferenceFile.PHASES)) {
            for (Phase p : years.phases()) {
                phases.row(Integer.toString(p.year()), Integer.toString(p.phase()), p.name(), p.startsOn().toString(),
                        p.endsOn().toString(), p.deadline().toString());
            }
        }
        try (Table metrics = open(dir, ReferenceFile.METRICS)) {
            for (Metric m : Metric.ALL) {
                metrics.row(m.code(), m.labelVi, m.labelEn, m.unit, m.kind, Long.toString(m.minValue()),
                        m.maxValue == null ? "" : m.maxValue.toString(),
                        m.maxChangePct == null ? "" : m.maxChangePct.toString(),
                        Boolean.toString(m.required), String.join("|", m.aliases));
            }
        }
        try (Table rules = open(dir, ReferenceFile.RULES)) {
            Catalogue.RULES.forEach(r -> rules.row(r.code(), r.left(), r.operator(), r.right(), r.messageVi()));
        }
        try (Table indicators = open(dir, ReferenceFile.INDICATORS)) {
            Catalogue.INDICATORS.forEach(i -> indicators.row(i.code(), i.labelVi(), i.labelEn(), i.numerator(),
                    i.denominator(), Integer.toString(i.scale()), i.unit(), Catalogue.direction(i)));
        }
        try (Table movements = open(dir, ReferenceFile.MOVEMENTS)) {
            for (int year : List.of(years.baseline(), years.reporting())) {
                Movements.Movement m = Movements.of(year);
                movements.row(Integer.toString(year), m.name(), m.theme(), m.occasion());
            }
        }
    }

    /** Appends one province: its units, clusters and the targets of the baseline and reporting years. */
    void province(ProvincePlan plan, FigureModel model) {
        for (OrgUnit u : plan.orgUnits()) {
            orgUnits.row(u.code(), u.name(), u.parentCode(), Integer.toString(u.level()), u.type(), u.cluster(),
                    u.openedOn().toString(), u.closedOn() == null ? "" : u.closedOn().toString());
            orgUnitRows++;
        }
        plan.clusters().forEach(c -> clusters.row(c.code(), c.name()));
        for (int year : List.of(years.baseline(), years.reporting())) {
            // Targets are set at the start of the year for the units that exist then.
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            for (ReportingGroup g : plan.groups()) {
                if (g.hasFederationRow()) {
                    targets.row(Integer.toString(year), g.federation().code(), Metric.UNIONS_FOUNDED.code(),
                            Long.toString(model.foundingTarget(g, year)));
                }
            }
            for (PlannedUnit u : plan.grassroots()) {
                OrgUnit o = u.org();
                if (o.openedOn().isAfter(jan1) || (o.closedOn() != null && o.closedOn().isBefore(jan1))) {
                    continue;
                }
                for (Metric m : List.of(Metric.MEMBERS_ADMITTED, Metric.INITIATIVES_REGISTERED)) {
                    targets.row(Integer.toString(year), o.code(), m.code(), Long.toString(model.target(u, year, m)));
                }
            }
        }
    }

    int orgUnitRows() {
        return orgUnitRows;
    }

    @Override
    public void close() {
        orgUnits.close();
        clusters.close();
        targets.close();
    }
}
