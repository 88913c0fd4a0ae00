package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.YearComparisonDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * A federation's grassroots unions on one indicator: a horizontal bar pair per unit (the previous year beside
 * this one, in the usual colours), the federation's own figure and the province's as lines behind the bars,
 * so that a leader sees at once which units pull the district up or down.
 */
public final class UnitComparisonChart {

    /** The federation's line: violet, so it is told apart from the province's red without relying on red–green. */
    public static final Color FEDERATION_LINE = new Color(0x7B1FA2);
    public static final BasicStroke FEDERATION_STROKE = new BasicStroke(2.0f);

    private UnitComparisonChart() {
    }

    /**
     * @param federationLine the federation's own figure this year (null: no line); {@code federationName} names it
     * @param provinceLine   the province's figure this year (null: no line)
     */
    public static JFreeChart draw(String title, String subtitle, List<ComparisonRow> rows, Measure measure,
                                  Double federationLine, String federationName, Double provinceLine, int year,
                                  DashboardTheme theme) {
        double max = Stream.concat(Stream.of(BarCharts.maxValue(rows)), Stream.of(federationLine, provinceLine))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        // the axis leaves room for the value labels at whatever width the chart is drawn (laptop or phone)
        NumberAxis axis = BarCharts.valueAxis(null, measure, max, 1);
        CategoryPlot plot = BarCharts.plot(YearComparisonDataset.of(rows, year), PlotOrientation.HORIZONTAL,
                new CategoryAxis(null), axis, measure);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT); // the scale under the legend, not 30 rows below it
        List<LegendItem> legend = new ArrayList<>();
        if (federationLine != null) {
            plot.addRangeMarker(new ValueMarker(federationLine, FEDERATION_LINE, FEDERATION_STROKE), Layer.BACKGROUND);
            legend.add(BarCharts.lineLegend(federationName + " " + year, FEDERATION_STROKE, FEDERATION_LINE));
        }
        if (provinceLine != null) {
            plot.addRangeMarker(new ValueMarker(provinceLine, DashboardTheme.PROVINCE_LINE, DashboardTheme.PROVINCE_STROKE),
                    Layer.BACKGROUND);
            legend.add(BarCharts.lineLegend("Toàn tỉnh " + year, DashboardTheme.PROVINCE_STROKE, DashboardTheme.PROVINCE_LINE));
        }
        JFreeChart chart = BarCharts.chart(title, subtitle, plot, BarCharts.yearLegend(year, legend), theme);
        BarCharts.finish(plot, theme);
        // unit names need their two lines rather than "…"; the bars keep the larger part of a phone's width
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.42f);
        // a phone's drawing gives a long name ("Ban Quản lý dự án đầu tư xây dựng huyện Chợ Đồn") a third line
        // rather than cutting off the place that tells it apart; on a laptop two lines always suffice
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        return chart;
    }

    /** Height for a number of units: the same room per unit as the federation charts. */
    public static int height(int units) {
        return BarCharts.horizontalHeight(units);
    }
}
