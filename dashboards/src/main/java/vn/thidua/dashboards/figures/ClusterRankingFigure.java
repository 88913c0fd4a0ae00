package vn.thidua.dashboards.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

import vn.thidua.dashboards.format.Measure;
import vn.thidua.dashboards.format.UnitNames;
import vn.thidua.dashboards.snapshot.Snapshot;
import vn.thidua.dashboards.summary.FigureSentence;
import vn.thidua.dashboards.tables.DataTable;
import vn.thidua.dashboards.tables.TableCell;
import vn.thidua.dashboards.theme.DashboardTheme;

/**
 * The top and bottom grassroots units of one cluster by an indicator for the whole year: two stacked
 * panels ("dẫn đầu", "cuối bảng") on one value axis, 2023 | 2024, with the cluster's own level as a line.
 */
public final class ClusterRankingChart {

    static final int ROW_HEIGHT = 34;

    private ClusterRankingChart() {
    }

    public static List<DashboardChart> build(Snapshot snapshot, int year, String indicatorCode, DashboardTheme theme) {
        List<DashboardChart> out = new ArrayList<>();
        for (ClusterRanking ranking : ClusterRanking.of(snapshot, indicatorCode)) {
            out.add(build(snapshot, year, indicatorCode, ranking, theme));
        }
        return out;
    }

    static DashboardChart build(Snapshot snapshot, int year, String code, ClusterRanking ranking, DashboardTheme theme) {
        String label = Labels.of(snapshot, code);
        Measure measure = Labels.measure(snapshot, code);
        String file = "xep-hang-cum-" + FileNames.slug(ranking.clusterCode());
        String title = ranking.clusterName();
        boolean split = !ranking.bottom().isEmpty();
        String caption = label + " cả năm " + year + " của " + (split
                ? ClusterRanking.SHOWN + " CĐCS dẫn đầu và " + ClusterRanking.SHOWN + " CĐCS cuối bảng"
                : "các CĐCS") + " trong " + lowerFirst(ranking.clusterName()) + ", so với năm " + (year - 1)
                + "; đường dọc đỏ là mức chung của khối năm " + year + ".";
        int shown = ranking.top().size() + ranking.bottom().size();
        int height = 150 + Math.max(shown, 2) * ROW_HEIGHT + (split ? 30 : 0);
        DataTable table = table(ranking, measure, year);
        List<String> commentary = commentary(ranking, measure, year);
        if (ranking.ranked().isEmpty()) {
            return new DashboardChart(file, title, caption, null, Charts.WIDTH, height, table, commentary);
        }

        double max = ranking.ranked().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.value().value(), r.value().value2023()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        NumberAxis range = BarCharts.valueAxis(label + (measure == Measure.PERCENT ? " (%)" : ""), measure, max, 1);
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(range);
        combined.setGap(12);
        List<CategoryPlot> panels = new ArrayList<>();
        panels.add(panel(split ? "Dẫn đầu" : "Xếp hạng", ranking.top(), ranking, year, measure));
        if (split) {
            panels.add(panel("Cuối bảng", ranking.bottom(), ranking, year, measure));
        }
        panels.forEach(p -> combined.add(p, ((List<?>) p.getDataset().getColumnKeys()).size()));
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        List<LegendItem> extra = new ArrayList<>();
        if (ranking.clusterValue() != null && ranking.clusterValue().value() != null) {
            extra.add(BarCharts.lineLegend("Toàn khối " + year, DashboardTheme.PROVINCE_STROKE,
                    DashboardTheme.PROVINCE_LINE));
        }
        JFreeChart chart = BarCharts.chart(title, "Cả năm · " + label.toLowerCase(Locale.ROOT).charAt(0)
                + label.substring(1) + " · so sánh với năm " + (year - 1), combined, BarCharts.yearLegend(year, extra), theme);
        for (CategoryPlot p : panels) {
            BarCharts.finish(p, theme);
            p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f); // unit names need two lines, not "…"
            p.getDomainAxis().setLabelFont(theme.legendFont());
            p.getDomainAxis().setLabelPaint(DashboardTheme.MUTED_TEXT);
        }
        range.setTickLabelFont(theme.tickFont());
        range.setAxisLineVisible(false);
        range.setLabelFont(theme.legendFont());
        return new DashboardChart(file, title, caption, chart, Charts.WIDTH, height, table, commentary);
    }

    private static CategoryPlot panel(String name, List<ClusterRanking.RankedUnit> units, ClusterRanking ranking,
                                      int year, Measure measure) {
        List<ComparisonRow> rows = units.stream().map(r -> new ComparisonRow(
                new CategoryKey(r.unit().code(), r.rank() + ". " + UnitNames.unitLabel(r.unit().code(), r.unit().name())),
                r.unit().name(), r.value().value2023(), r.value().value())).toList();
        CategoryPlot plot = BarCharts.plot(YearComparisonDataset.of(rows, year), PlotOrientation.HORIZONTAL,
                new CategoryAxis(name), null, measure);
        if (ranking.clusterValue() != null && ranking.clusterValue().value() != null) {
            plot.addRangeMarker(new ValueMarker(ranking.clusterValue().value(), DashboardTheme.PROVINCE_LINE,
                    DashboardTheme.PROVINCE_STROKE), Layer.BACKGROUND);
        }
        return plot;
    }

    private static List<String> commentary(ClusterRanking ranking, Measure measure, int year) {
        List<String> out = new ArrayList<>();
        List<ClusterRanking.RankedUnit> ranked = ranking.ranked();
        if (ranked.isEmpty()) {
            out.add("Chưa có số liệu năm " + year + " của các CĐCS trong khối.");
        } else {
            var first = ranked.get(0);
            var last = ranked.get(ranked.size() - 1);
            out.add("Dẫn đầu: " + UnitNames.tidy(first.unit().name()) + " (" + measure.text(first.value().value())
                    + "); cuối bảng: " + UnitNames.tidy(last.unit().name()) + " (" + measure.text(last.value().value())
                    + ").");
        }
        if (ranking.clusterValue() != null) {
            out.add(FigureSentence.of("Mức chung của khối", measure, ranking.clusterValue(), year));
        }
        int total = ranked.size() + ranking.missing().size();
        out.add(ranked.size() + "/" + total + " CĐCS có số liệu năm " + year
                + (ranking.missing().isEmpty() ? "." : "; chưa có số liệu: " + String.join(", ",
                ranking.missing().stream().map(u -> UnitNames.tidy(u.name())).toList()) + "."));
        return out;
    }

    private static DataTable table(ClusterRanking ranking, Measure measure, int year) {
        List<String> headers = List.of("Hạng", "Đơn vị", "Năm " + (year - 1), "Năm " + year, measure.changeHeader());
        List<List<TableCell>> rows = new ArrayList<>();
        List<ClusterRanking.RankedUnit> shown = new ArrayList<>(ranking.top());
        shown.addAll(ranking.bottom());
        for (ClusterRanking.RankedUnit r : shown) {
            ComparisonRow row = new ComparisonRow(null, r.unit().name(), r.value().value2023(), r.value().value());
            rows.add(List.of(TableCell.number((double) r.rank(), 0), TableCell.text(UnitNames.tidy(r.unit().name())),
                    measure.cell(row.previous()), measure.cell(row.current()),
                    TableCell.change(Tables.change(row, measure))));
        }
        return new DataTable(headers, rows);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
