package vn.thidua.forms.missing;

import java.util.Map;
import java.util.Set;

/**
 * What the database knows of a phase, unit by unit: who has figures and whether late (the {@code reported}
 * and {@code on_time} terms: a unit stays on time when its first report was), and who had rows refused.
 *
 * @param lateByReportedUnit every unit with accepted figures in the phase, mapped to its {@code late} flag
 * @param rejectedUnits      units named on a refused row of a file of the phase
 */
public record ReportingFacts(Map<String, Boolean> lateByReportedUnit, Set<String> rejectedUnits) {

    public ReportingFacts {
        lateByReportedUnit = Map.copyOf(lateByReportedUnit);
        rejectedUnits = Set.copyOf(rejectedUnits);
    }
}
