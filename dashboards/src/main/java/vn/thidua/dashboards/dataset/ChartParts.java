package vn.thidua.dashboards.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long list of units is cut so that a chart stays readable (two bars and a name per unit: about thirty
 * units fill a screen): one chart when it fits; a few charts of equal size in ranking order when the list
 * is a few screens long (a district leader wants to see every unit); only the top and the bottom of the
 * ranking when it is longer still (the table below the charts lists them all).
 */
public final class ChartParts {

    /** Units per chart at most. */
    public static final int MAX_UNITS = 30;
    /** Above this many charts, only the top and the bottom are drawn. */
    public static final int MAX_CHARTS = 3;

    /** One chart's share of the units: {@code name} says which (empty for a single chart). */
    public record Part(String name, List<ComparisonRow> rows) {

        public Part {
            rows = List.copyOf(rows);
        }
    }

    private ChartParts() {
    }

    /** @param ranked highest first, units without a figure last */
    public static List<Part> of(List<ComparisonRow> ranked) {
        if (fits(ranked)) {
            return chunks(ranked);
        }
        // too many to draw all: the units without a figure are named elsewhere (reporting, commentary)
        List<ComparisonRow> known = ranked.stream().filter(r -> r.current() != null).toList();
        if (fits(known)) {
            return chunks(known);
        }
        return List.of(new Part(MAX_UNITS + " đơn vị cao nhất", known.subList(0, MAX_UNITS)),
                new Part(MAX_UNITS + " đơn vị thấp nhất", known.subList(known.size() - MAX_UNITS, known.size())));
    }

    private static boolean fits(List<ComparisonRow> rows) {
        return charts(rows.size()) <= MAX_CHARTS;
    }

    private static int charts(int units) {
        return Math.max(1, (units + MAX_UNITS - 1) / MAX_UNITS);
    }

    private static List<Part> chunks(List<ComparisonRow> rows) {
        int n = rows.size();
        int charts = charts(n);
        if (charts == 1) {
            return List.of(new Part("", rows));
        }
        int size = (n + charts - 1) / charts; // equal parts: 31 units make 16 + 15, not 30 + 1
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < charts; i++) {
            int from = i * size;
            int to = Math.min(n, from + size);
            parts.add(new Part("Phần " + (i + 1) + "/" + charts, rows.subList(from, to)));
        }
        return parts;
    }
}
