package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.BarCharts;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.chart.FederationChart;
import vn.thidua.dashboards.chart.PhasePanels;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.ComparisonTables;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.FederationRows;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.ReferenceLine;
import vn.thidua.dashboards.dataset.Targets;
import vn.thidua.dashboards.dataset.YearComparisonDataset;
import vn.thidua.dashboards.dataset.YearTexts;
import vn.thidua.dashboards.text.Commentary;
import vn.thidua.warehouse.Level;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * One indicator per district/sector federation: a panel per phase side by side on a shared, ranked list
 * of federations, each comparing 2023 with 2024 in the usual colours, with the province or the target
 * as a line. Horizontal bars: federation names stay readable however many there are.
 */
public final class FederationFigure {

    private FederationFigure() {
    }

    public static DashboardChart build(DashboardData snapshot, int year, FederationChartSpec spec, DashboardTheme theme) {
        String code = spec.indicatorCode();
        if (spec.reference() == ReferenceLine.TARGET && Targets.counted(code).isPresent()
                && Targets.small(snapshot, code, Level.FEDERATION)) {
            return TargetCountFigure.build(snapshot, year, spec, theme);
        }
        String label = Labels.of(snapshot, code);
        Measure measure = Labels.measure(snapshot, code);
        Map<Integer, List<ComparisonRow>> byPhase = new LinkedHashMap<>();
        for (int phase : spec.phases()) {
            byPhase.put(phase, FederationRows.of(snapshot, code, phase));
        }
        List<CategoryKey> order = FederationRows.rankingOrder(byPhase);
        Map<Integer, List<ComparisonRow>> all = new LinkedHashMap<>();
        byPhase.forEach((phase, rows) -> all.put(phase, FederationRows.aligned(rows, order)));
        Map<Integer, List<ComparisonRow>> aligned = PhasePanels.withFigures(all);
        List<Integer> phases = List.copyOf(aligned.keySet());

        String title = label + " theo đơn vị";
        String caption = caption(label, spec, phases, year);
        int height = BarCharts.horizontalHeight(order.size());
        YearTexts missing = spec.reference() == ReferenceLine.TARGET ? noTarget(snapshot, code, aligned) : YearTexts.NONE;
        DataTable table = ComparisonTables.byPhase("Đơn vị", aligned, year, measure, missing);
        List<String> commentary = Commentary.federations(snapshot, code, aligned, measure, spec.reference(), missing, year);
        if (aligned.values().stream().noneMatch(YearComparisonDataset::hasAnyValue)) {
            return new DashboardChart(spec.fileName(), title, caption, null, Charts.WIDTH, height, table, commentary);
        }
        Map<Integer, ComparisonRow> province = new LinkedHashMap<>();
        for (int phase : phases) {
            snapshot.provinceValue(code, phase).ifPresent(p -> province.put(phase,
                    new ComparisonRow(null, p.orgUnitName(), p.previousValue(), p.value())));
        }
        JFreeChart chart = FederationChart.draw(title, FederationChart.subtitle(phases, year), aligned, measure, province,
                spec.reference(), missing, year, theme);
        return new DashboardChart(spec.fileName(), title, caption, chart, Charts.WIDTH, height, table, commentary);
    }

    /** A federation given no target reads "không giao chỉ tiêu", never 0 % nor "chưa có số liệu". */
    private static YearTexts noTarget(DashboardData snapshot, String code, Map<Integer, List<ComparisonRow>> aligned) {
        Map<CategoryKey, String> previous = new LinkedHashMap<>();
        Map<CategoryKey, String> current = new LinkedHashMap<>();
        aligned.values().stream().flatMap(List::stream).distinct().forEach(r -> {
            if (r.current() == null && Targets.standing(snapshot, code, Level.FEDERATION, r.key().id())
                    == Targets.Standing.NO_TARGET) {
                current.put(r.key(), Targets.NO_TARGET);
            }
            if (r.previous() == null && Targets.previousStanding(snapshot, code, Level.FEDERATION, r.key().id())
                    == Targets.Standing.NO_TARGET) {
                previous.put(r.key(), Targets.NO_TARGET);
            }
        });
        return new YearTexts(previous, current);
    }

    private static String caption(String label, FederationChartSpec spec, List<Integer> phases, int year) {
        String line = switch (spec.reference()) {
            case PROVINCE -> " Đường dọc đỏ là mức chung toàn tỉnh năm " + year + ", đường đứt nét là năm "
                    + (year - 1) + ".";
            case TARGET -> " Đường dọc xanh lá là mức hoàn thành chỉ tiêu (100%).";
            case NONE -> "";
        };
        String when = phases.equals(List.of(0)) ? " (chỉ tính cho cả năm: chỉ tiêu giao cho cả năm)" : "";
        return label + " của từng LĐLĐ huyện, thành phố và công đoàn ngành năm " + year + when + " so với cùng kỳ năm "
                + (year - 1) + ", xếp từ cao xuống thấp theo năm " + year + "." + line
                + " Đơn vị không có cột là chưa có số liệu (không phải bằng 0).";
    }
}
