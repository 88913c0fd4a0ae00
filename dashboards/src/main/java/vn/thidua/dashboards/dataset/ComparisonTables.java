package vn.thidua.dashboards.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data tables printed under the charts and exported to the spreadsheet. */
public final class ComparisonTables {

    private ComparisonTables() {
    }

    /** One row per category: previous year, current year and the change, for each phase in order. */
    public static DataTable byPhase(String firstHeader, Map<Integer, List<ComparisonRow>> aligned, int year,
                             Measure measure) {
        return byPhase(firstHeader, aligned, year, measure, YearTexts.NONE);
    }

    /** @param missing what a missing figure says where it is not "chưa có số liệu" ("không giao chỉ tiêu") */
    public static DataTable byPhase(String firstHeader, Map<Integer, List<ComparisonRow>> aligned, int year,
                                    Measure measure, YearTexts missing) {
        List<String> headers = new ArrayList<>(List.of(firstHeader));
        for (int phase : aligned.keySet()) {
            String name = PhaseNames.of(phase);
            headers.add(name + " " + (year - 1));
            headers.add(name + " " + year);
            headers.add(name + ": " + measure.changeHeader().toLowerCase(java.util.Locale.ROOT));
        }
        List<List<TableCell>> rows = new ArrayList<>();
        List<List<ComparisonRow>> columns = new ArrayList<>(aligned.values());
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int i = 0; i < n; i++) {
            List<TableCell> line = new ArrayList<>(List.of(TableCell.text(columns.get(0).get(i).fullName())));
            for (List<ComparisonRow> column : columns) {
                ComparisonRow r = column.get(i);
                line.add(r.previous() == null ? TableCell.text(missing.previous(r.key(), TableCell.NO_DATA))
                        : measure.cell(r.previous()));
                line.add(r.current() == null ? TableCell.text(missing.current(r.key(), TableCell.NO_DATA))
                        : measure.cell(r.current()));
                line.add(TableCell.change(change(r, measure)));
            }
            rows.add(line);
        }
        return new DataTable(headers, rows);
    }

    /** Points for rates, percent for the rest; null when there is nothing to compare. */
    public static Double change(ComparisonRow r, Measure measure) {
        if (r.previous() == null || r.current() == null) {
            return null;
        }
        if (measure == Measure.PERCENT) {
            return r.current() - r.previous();
        }
        return r.previous() == 0 ? null : (r.current() - r.previous()) / r.previous() * 100;
    }
}
