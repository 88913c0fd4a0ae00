package vn.thidua.dashboards.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

import vn.thidua.dashboards.format.Measure;
import vn.thidua.dashboards.format.VietnameseFormat;
import vn.thidua.dashboards.snapshot.IndicatorValue;
import vn.thidua.dashboards.snapshot.Snapshot;
import vn.thidua.dashboards.tables.DataTable;
import vn.thidua.dashboards.theme.DashboardTheme;

/**
 * One indicator per district/sector federation: a panel per phase side by side on a shared, ranked list
 * of federations, each comparing 2023 with 2024 in the usual colours, with the province or the target
 * as a line. Horizontal bars: federation names stay readable however many there are.
 */
public final class FederationChart {

    private FederationChart() {
    }

    public static DashboardChart build(Snapshot snapshot, int year, FederationChartSpec spec, DashboardTheme theme) {
        String code = spec.indicatorCode();
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
        DataTable table = Tables.byPhase("Đơn vị", aligned, year, measure);
        List<String> commentary = Commentary.federations(snapshot, code, aligned, measure, spec.reference(), year);
        if (aligned.values().stream().noneMatch(YearComparisonDataset::hasAnyValue)) {
            return new DashboardChart(spec.fileName(), title, caption, null, Charts.WIDTH, height, table, commentary);
        }

        double max = aligned.values().stream().mapToDouble(BarCharts::maxValue).max().orElse(0);
        if (spec.reference() == FederationChartSpec.Reference.TARGET) {
            max = Math.max(max, 100);
        }
        List<LegendItem> legend = new ArrayList<>();
        addLegend(spec.reference(), legend, year);
        JFreeChart chart = PhasePanels.build(title, subtitle(phases, year), aligned, measure, max, year,
                (panel, phase) -> addReference(panel, snapshot, code, phase, spec.reference()), legend, theme);
        return new DashboardChart(spec.fileName(), title, caption, chart, Charts.WIDTH, height, table, commentary);
    }

    /** The reference line behind the bars, so that it never crosses a bar's value label. */
    private static void addReference(CategoryPlot panel, Snapshot snapshot, String code, int phase,
                                     FederationChartSpec.Reference reference) {
        switch (reference) {
            case PROVINCE -> {
                IndicatorValue p = snapshot.provinceValue(code, phase).orElse(null);
                if (p != null && p.value2023() != null) {
                    panel.addRangeMarker(new ValueMarker(p.value2023(), DashboardTheme.PROVINCE_LINE_PREVIOUS,
                            DashboardTheme.PROVINCE_PREVIOUS_STROKE), Layer.BACKGROUND);
                }
                if (p != null && p.value() != null) {
                    panel.addRangeMarker(new ValueMarker(p.value(), DashboardTheme.PROVINCE_LINE,
                            DashboardTheme.PROVINCE_STROKE), Layer.BACKGROUND);
                }
            }
            case TARGET -> {
                panel.addRangeMarker(new ValueMarker(100, DashboardTheme.TARGET_LINE, DashboardTheme.TARGET_STROKE),
                        Layer.BACKGROUND);
            }
            case NONE -> {
                // nothing to compare with but the previous year
            }
        }
    }

    private static void addLegend(FederationChartSpec.Reference reference, List<LegendItem> legend, int year) {
        if (reference == FederationChartSpec.Reference.PROVINCE) {
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + (year - 1),
                    DashboardTheme.PROVINCE_PREVIOUS_STROKE, DashboardTheme.PROVINCE_LINE_PREVIOUS));
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + year,
                    DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        } else if (reference == FederationChartSpec.Reference.TARGET) {
            legend.add(BarCharts.lineLegend("Chỉ tiêu (100%)", DashboardTheme.TARGET_STROKE, DashboardTheme.TARGET_LINE));
        }
    }

    static String subtitle(List<Integer> phases, int year) {
        List<String> names = phases.stream().map(p -> p == 0 ? "cả năm" : VietnameseFormat.phase(p)).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1)
                + " · so sánh với cùng kỳ năm " + (year - 1);
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
