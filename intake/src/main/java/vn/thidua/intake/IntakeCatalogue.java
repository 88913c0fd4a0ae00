package vn.thidua.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.vietnamese.VietnameseText;

/**
 * What validation needs from the reference data, given once per run by the caller: the phase, the metric
 * catalogue with its bounds and header aliases, the cross-field rules and the org units. Rules come from
 * these data, never from code.
 *
 * @param version the catalogue version ({@code reference/VERSION}) a template stamped with another one is
 *                checked against; null when the caller does not know it (no check)
 */
public record IntakeCatalogue(Phase phase, List<Metric> metrics, Map<String, Metric> metricsByHeader, List<Rule> rules,
                              Map<String, OrgUnit> units, String version) {

    public record Phase(int year, int phase, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
    }

    /** @param aliases further header texts accepted for the column, besides the code and the label */
    public record Metric(String code, String labelVi, String unit, BigDecimal min, BigDecimal max, BigDecimal maxChangePct,
                         boolean required, List<String> aliases) {

        /** Persons, counts and sessions are whole numbers; only amounts of money may have decimals. */
        public boolean integral() {
            return !unit.equals("vnd");
        }
    }

    /** {@code left operator right}, right being one or more metric codes added up. */
    public record Rule(String code, String left, String operator, List<String> right, String messageVi) {
    }

    public record OrgUnit(String code, String name, int level, LocalDate openedOn, LocalDate closedOn) {
        public boolean openDuring(Phase phase) {
            return IntakeCatalogue.openDuring(openedOn, closedOn, phase);
        }
    }

    /**
     * The one rule of "open during the phase" (the {@code expected} term of contract §1): founded by the
     * phase's end and not dissolved before its start; a missing founding date means the unit predates the
     * data. The analytics job says the same in Spark; the templates and the missing list call this.
     */
    public static boolean openDuring(LocalDate openedOn, LocalDate closedOn, Phase phase) {
        return (openedOn == null || !openedOn.isAfter(phase.endsOn()))
                && (closedOn == null || !closedOn.isBefore(phase.startsOn()));
    }

    public static IntakeCatalogue of(Phase phase, List<Metric> metrics, List<Rule> rules, Map<String, OrgUnit> units) {
        Map<String, Metric> byHeader = new HashMap<>();
        for (Metric metric : metrics) {
            byHeader.put(VietnameseText.fold(metric.code()), metric);
            byHeader.put(VietnameseText.fold(metric.labelVi()), metric);
            metric.aliases().forEach(alias -> byHeader.put(VietnameseText.fold(alias), metric));
        }
        return new IntakeCatalogue(phase, List.copyOf(metrics), Map.copyOf(byHeader), List.copyOf(rules), Map.copyOf(units),
                null);
    }

    /** The same catalogue, knowing its version, so that a template of another version is recognised. */
    public IntakeCatalogue withVersion(String catalogueVersion) {
        return new IntakeCatalogue(phase, metrics, metricsByHeader, rules, units, catalogueVersion);
    }

    public Metric metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /** "BK.TP.001 — Công đoàn Trường …", or the code alone when it is not in the catalogue. */
    public String unitName(String code) {
        OrgUnit unit = code == null ? null : units.get(code);
        return unit == null ? "" : unit.name();
    }
}
