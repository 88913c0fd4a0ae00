package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.BarCharts;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.chart.TargetCountChart;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.TargetCounts;
import vn.thidua.dashboards.dataset.Targets;
import vn.thidua.dashboards.dataset.YearTexts;
import vn.thidua.dashboards.text.TargetSentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * A target of a few units per federation (unions founded: 1 to 3) read as counts against the target ("2/1"),
 * whole year only (a phase is never set against the year's target), previous year beside this one.
 */
public final class TargetCountFigure {

    private TargetCountFigure() {
    }

    public static DashboardChart build(DashboardData snapshot, int year, FederationChartSpec spec, DashboardTheme theme) {
        TargetCounts t = TargetCounts.of(snapshot, spec.indicatorCode());
        String countLabel = Labels.of(snapshot, t.countCode());
        String title = countLabel + " so với chỉ tiêu theo đơn vị";
        String caption = countLabel + " của từng LĐLĐ huyện, thành phố và công đoàn ngành cả năm " + year + " so với năm "
                + (year - 1) + " (chỉ tiêu giao cho cả năm). Vạch dọc xanh lá là chỉ tiêu năm " + year + "; số ghi sau cột "
                + "năm " + year + " là số đạt được trên chỉ tiêu (2/1: thành lập 2, chỉ tiêu 1). Chỉ tiêu chỉ vài đơn vị "
                + "nên không đổi ra phần trăm. Đơn vị không có cột là chưa có số liệu (không phải bằng 0).";
        List<ComparisonRow> counts = new ArrayList<>();
        Map<CategoryKey, Double> targets = new HashMap<>();
        Map<CategoryKey, String> labels = new HashMap<>();
        Map<CategoryKey, String> previousNotes = new HashMap<>();
        Map<CategoryKey, String> notes = new HashMap<>();
        for (TargetCounts.Row r : t.rows()) {
            counts.add(new ComparisonRow(r.key(), r.fullName(), r.previousCount(), r.count()));
            if (r.target() != null) {
                targets.put(r.key(), r.target());
                labels.put(r.key(), r.ratio());
            } else if (r.count() != null && r.standing() == Targets.Standing.NO_TARGET) {
                labels.put(r.key(), Measure.COUNT.text(r.count()) + " (" + Targets.NO_TARGET + ")");
            }
            if (r.previousCount() == null && r.previousStanding() == Targets.Standing.NO_TARGET) {
                previousNotes.put(r.key(), Targets.NO_TARGET);
            }
        }
        DataTable table = table(t, year);
        List<String> commentary = TargetSentences.of(t, countLabel, year);
        int height = BarCharts.horizontalHeight(counts.size());
        if (counts.stream().noneMatch(ComparisonRow::hasAnyValue)) {
            return new DashboardChart(spec.fileName(), title, caption, null, Charts.WIDTH, height, table, commentary);
        }
        JFreeChart chart = TargetCountChart.draw(title, "Cả năm · so sánh với năm " + (year - 1), counts, targets,
                new YearTexts(Map.of(), labels), new YearTexts(previousNotes, notes), year, theme);
        return new DashboardChart(spec.fileName(), title, caption, chart, Charts.WIDTH, height, table, commentary);
    }

    private static DataTable table(TargetCounts t, int year) {
        List<String> headers = List.of("Đơn vị", "Năm " + (year - 1), "Kết quả năm " + (year - 1), "Năm " + year,
                "Chỉ tiêu năm " + year, "Kết quả năm " + year);
        List<List<TableCell>> rows = new ArrayList<>();
        for (TargetCounts.Row r : t.rows()) {
            rows.add(List.of(TableCell.text(r.fullName()), TableCell.number(r.previousCount(), 0),
                    TableCell.text(TargetSentences.previousResult(r)), TableCell.number(r.count(), 0),
                    r.target() == null ? TableCell.text(r.standing() == Targets.Standing.NO_TARGET ? Targets.NO_TARGET
                            : TableCell.NO_DATA) : TableCell.number(r.target(), 0),
                    TableCell.text(TargetSentences.result(r))));
        }
        return new DataTable(headers, rows);
    }
}
