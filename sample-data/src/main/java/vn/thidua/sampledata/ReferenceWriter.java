package vn.thidua.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code reference/} (docs/data-contracts.md §1). The catalogue files are written at once;
 * org_units, clusters and targets are appended province by province so the national set streams.
 */
final class ReferenceWriter implements AutoCloseable {
    private final CsvOut orgUnits;
    private final CsvOut clusters;
    private final CsvOut targets;
    private int orgUnitRows;

    ReferenceWriter(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("VERSION"), Catalogue.VERSION + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeCatalogue(dir);
        orgUnits = CsvOut.reference(dir.resolve("org_units.csv"));
        orgUnits.row("code", "name", "parent_code", "level", "type", "cluster", "opened_on", "closed_on");
        clusters = CsvOut.reference(dir.resolve("clusters.csv"));
        clusters.row("code", "name");
        targets = CsvOut.reference(dir.resolve("targets.csv"));
        targets.row("year", "unit_code", "metric_code", "target_value");
    }

    private static void writeCatalogue(Path dir) {
        try (CsvOut phases = CsvOut.reference(dir.resolve("phases.csv"))) {
            phases.row("year", "phase", "name", "starts_on", "ends_on", "deadline");
            for (Phase p : Phase.ALL) {
                phases.row(Integer.toString(p.year()), Integer.toString(p.phase()), p.name(), p.startsOn().toString(),
                        p.endsOn().toString(), p.deadline().toString());
            }
        }
        try (CsvOut metrics = CsvOut.reference(dir.resolve("metrics.csv"))) {
            metrics.row("code", "label_vi", "label_en", "unit", "kind", "min_value", "max_value", "max_change_pct",
                    "required", "aliases");
            for (Metric m : Metric.ALL) {
                metrics.row(m.code(), m.labelVi, m.labelEn, m.unit, m.kind, Long.toString(m.minValue()),
                        m.maxValue == null ? "" : m.maxValue.toString(),
                        m.maxChangePct == null ? "" : m.maxChangePct.toString(),
                        Boolean.toString(m.required), String.join("|", m.aliases));
            }
        }
        try (CsvOut rules = CsvOut.reference(dir.resolve("rules.csv"))) {
            rules.row("code", "left", "operator", "right", "message_vi");
            Catalogue.RULES.forEach(r -> rules.row(r.code(), r.left(), r.operator(), r.right(), r.messageVi()));
        }
        try (CsvOut indicators = CsvOut.reference(dir.resolve("indicators.csv"))) {
            indicators.row("code", "label_vi", "label_en", "numerator", "denominator", "scale", "unit");
            Catalogue.INDICATORS.forEach(i -> indicators.row(i.code(), i.labelVi(), i.labelEn(), i.numerator(),
                    i.denominator(), Integer.toString(i.scale()), i.unit()));
        }
    }

    /** Appends one province: its units, clusters and the 2023 and 2024 targets. */
    void province(ProvincePlan plan, FigureModel model) {
        for (OrgUnit u : plan.orgUnits()) {
            orgUnits.row(u.code(), u.name(), u.parentCode(), Integer.toString(u.level()), u.type(), u.cluster(),
                    u.openedOn().toString(), u.closedOn() == null ? "" : u.closedOn().toString());
            orgUnitRows++;
        }
        plan.clusters().forEach(c -> clusters.row(c.code(), c.name()));
        for (int year : List.of(2023, 2024)) {
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
