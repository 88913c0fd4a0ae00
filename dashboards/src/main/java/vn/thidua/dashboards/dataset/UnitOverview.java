package vn.thidua.dashboards.dataset;

import java.util.List;

/**
 * A federation's grassroots unions for its leader's page: grouped by emulation cluster (the cluster named once,
 * in a row of its own, not in every unit's row), a few short columns that fit a laptop screen, and which of
 * them a phone shows (the others open under the unit's name).
 */
public record UnitOverview(List<Column> columns, List<Group> groups) {

    /** A figure column: {@code onPhone} when it stays visible on a narrow screen. */
    public record Column(String header, boolean onPhone) {
    }

    /** A cluster and its units; {@code clusterCode} null for units not in any cluster. */
    public record Group(String clusterCode, String clusterName, List<Line> units) {

        public Group {
            units = List.copyOf(units);
        }
    }

    /** One unit: its name and one cell per column. */
    public record Line(String code, String name, List<TableCell> cells) {

        public Line {
            cells = List.copyOf(cells);
        }
    }

    public UnitOverview {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }

    public int unitCount() {
        return groups.stream().mapToInt(g -> g.units().size()).sum();
    }
}
