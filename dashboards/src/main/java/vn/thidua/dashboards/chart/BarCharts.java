package vn.thidua.dashboards.chart;

import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.YearComparisonDataset;
import vn.thidua.vietnamese.VietnameseFormat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/** Shared construction of the year-on-year bar plots, so that all charts read the same way. */
public final class BarCharts {

    /** Bar thickness budget per category on horizontal charts, in pixels (two bars and a gap). */
    public static final int ROW_HEIGHT = 40;
    public static final String NO_DATA = TableCell.NO_DATA;

    private BarCharts() {
    }

    /** A bar plot with the year colours and a value printed at the end of each bar. */
    public static CategoryPlot plot(CategoryDataset dataset, PlotOrientation orientation, NumberAxis rangeAxis,
                             Measure measure) {
        return plot(dataset, orientation, new CategoryAxis(null), rangeAxis, measure);
    }

    public static CategoryPlot plot(CategoryDataset dataset, PlotOrientation orientation, CategoryAxis domain,
                             NumberAxis rangeAxis, Measure measure) {
        domain.setCategoryMargin(0.25);
        domain.setLowerMargin(0.02);
        domain.setUpperMargin(0.02);
        domain.setMaximumCategoryLabelLines(2);
        BarRenderer renderer = new MissingAwareBarRenderer();
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.075); // a few categories must not become slabs
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                measure == Measure.PERCENT ? "{2}%" : "{2}", valueFormat(measure)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(3.0);
        CategoryPlot plot = new CategoryPlot(dataset, domain, rangeAxis, renderer);
        plot.setOrientation(orientation);
        return plot;
    }

    /**
     * The value axis of a panel: from zero, with room beyond the longest bar for its value label, measured when
     * the chart is drawn ({@link LabelRoomAxis}). {@code panels} no longer matters: the room follows the width.
     */
    public static NumberAxis valueAxis(String label, Measure measure, double maxValue, int panels) {
        return new AxisScale(maxValue, labelText(measure, maxValue), measure == Measure.PERCENT ? 100 : 0,
                measure == Measure.COUNT).axis(label);
    }

    /** The text printed after a bar: "87,4%", "5,6", "1.234". */
    public static String labelText(Measure measure, double value) {
        return valueFormat(measure).format(value) + (measure == Measure.PERCENT ? "%" : "");
    }

    /** Rates and ratios print one decimal always (87,0%), so that a column of values lines up; counts none. */
    public static NumberFormat valueFormat(Measure measure) {
        NumberFormat format = VietnameseFormat.numberFormat(measure == Measure.COUNT ? 0 : 1);
        if (measure != Measure.COUNT) {
            format.setMinimumFractionDigits(1);
        }
        return format;
    }

    /** Round ticks (1, 2, 2,5 or 5 × 10ⁿ): a dozen gridlines only add noise. */
    public static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The category axis shared by side-by-side panels: styled once, after the theme. */
    public static void styleSharedAxis(CategoryAxis shared, DashboardTheme theme) {
        shared.setCategoryMargin(0.25);
        shared.setLowerMargin(0.02);
        shared.setUpperMargin(0.02);
        shared.setMaximumCategoryLabelLines(2);
        shared.setTickLabelFont(theme.tickFont());
        shared.setTickLabelPaint(DashboardTheme.TEXT);
        shared.setAxisLineVisible(false);
        shared.setTickMarksVisible(false);
    }

    /** Title, subtitle and theme, then the year colours (the theme would otherwise reset them). */
    public static JFreeChart chart(String title, String subtitle, Plot plot, LegendItemCollection legend,
                            DashboardTheme theme) {
        JFreeChart chart = new JFreeChart(title, BundledFonts.bold(17f), plot, false);
        theme.apply(chart);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT); // a long title's second line too
        chart.getTitle().setPadding(new RectangleInsets(0, 4, 2, 4));
        TextTitle sub = new TextTitle(subtitle, theme.subtitleFont());
        sub.setPaint(DashboardTheme.MUTED_TEXT);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPadding(new RectangleInsets(0, 4, 6, 4));
        chart.addSubtitle(sub);
        LegendTitle legendTitle = new LegendTitle(() -> legend);
        legendTitle.setItemFont(theme.legendFont());
        legendTitle.setPosition(RectangleEdge.TOP);
        legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        legendTitle.setPadding(new RectangleInsets(0, 0, 8, 0));
        legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(legendTitle);
        return chart;
    }

    /** Styles one plot after the theme was applied: grid, fonts and the two year colours. */
    public static void finish(CategoryPlot plot, DashboardTheme theme) {
        theme.styleCategoryPlot(plot);
        theme.colourYears((BarRenderer) plot.getRenderer());
    }

    /** The same legend on every chart: a square per year, optionally lines for province markers. */
    public static LegendItemCollection yearLegend(int year, List<LegendItem> extra) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem(YearComparisonDataset.seriesKey(year - 1), null, null, null, square,
                DashboardTheme.PREVIOUS_YEAR));
        items.add(new LegendItem(YearComparisonDataset.seriesKey(year), null, null, null, square,
                DashboardTheme.CURRENT_YEAR));
        extra.forEach(items::add);
        return items;
    }

    public static LegendItem lineLegend(String label, java.awt.Stroke stroke, java.awt.Paint paint) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, paint);
    }

    public static double maxValue(List<ComparisonRow> rows) {
        return rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.previous(), r.current()))
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public static int horizontalHeight(int categories) {
        return 170 + Math.max(categories, 3) * ROW_HEIGHT;
    }
}
