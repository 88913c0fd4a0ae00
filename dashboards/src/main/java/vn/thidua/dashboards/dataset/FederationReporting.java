package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.Federation;
import vn.thidua.warehouse.snapshot.OrgUnitRow;
import vn.thidua.warehouse.snapshot.PhaseRow;

import java.util.List;

/**
 * A federation's grassroots unions by how they reported: per phase those expected, those that sent nothing and
 * those that came late (in the federation's order, so a leader finds a name where the table has it), and
 * those that sent nothing in any phase of the year.
 */
public record FederationReporting(List<PhaseReporting> phases, List<OrgUnitRow> silentAllYear) {

    /**
     * One phase: {@code timelinessKnown} false when the snapshot cannot tell late from on time; {@code calendar}
     * its name and deadline, null when the snapshot has no calendar.
     */
    public record PhaseReporting(int phase, PhaseRow calendar, int expected, int reported, List<OrgUnitRow> notReported,
                                 List<OrgUnitRow> late, boolean timelinessKnown) {

        public PhaseReporting {
            notReported = List.copyOf(notReported);
            late = List.copyOf(late);
        }
    }

    public FederationReporting {
        phases = List.copyOf(phases);
        silentAllYear = List.copyOf(silentAllYear);
    }

    public static FederationReporting of(ReportingIndex index, Federation federation) {
        List<PhaseReporting> phases = index.phases().stream().map(p -> phase(index, federation.units(), p)).toList();
        List<OrgUnitRow> silent = federation.units().stream()
                .filter(u -> index.phases().stream().anyMatch(p -> index.status(u.code(), p).expected()))
                .filter(u -> index.phases().stream().noneMatch(p -> index.status(u.code(), p).reported()))
                .toList();
        return new FederationReporting(phases, silent);
    }

    private static PhaseReporting phase(ReportingIndex index, List<OrgUnitRow> units, int phase) {
        List<OrgUnitRow> expected = units.stream().filter(u -> index.status(u.code(), phase).expected()).toList();
        List<OrgUnitRow> reported = expected.stream().filter(u -> index.status(u.code(), phase).reported()).toList();
        List<OrgUnitRow> missing = expected.stream().filter(u -> !index.status(u.code(), phase).reported()).toList();
        List<OrgUnitRow> late = expected.stream().filter(u -> index.status(u.code(), phase) == ReportStatus.LATE).toList();
        return new PhaseReporting(phase, index.calendar().get(phase), expected.size(), reported.size(), missing, late,
                index.timelinessKnown().contains(phase));
    }
}
