package vn.thidua.dashboards.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one place for fonts and colours. Every chart compares the previous year with the current one
 * and uses the same two colours for them, so a reader learns them once: muted slate for 2023,
 * strong blue for 2024 (they also differ in lightness, so they survive grey-scale printing and
 * red–green colour blindness).
 */
public final class DashboardTheme {

    /** 2023 in the 2024 review: the baseline, deliberately quiet. */
    public static final Color PREVIOUS_YEAR = new Color(0xA9B4C2);
    /** 2024 in the 2024 review: the year being judged. */
    public static final Color CURRENT_YEAR = new Color(0x1F5FA8);
    /** The province's own figure, drawn as a line across the federation bars. */
    public static final Color PROVINCE_LINE = new Color(0xC62828);
    public static final Color PROVINCE_LINE_PREVIOUS = new Color(0x6B7785);
    /** The 100% target line of the achievement charts. */
    public static final Color TARGET_LINE = new Color(0x2E7D32);

    public static final Color TEXT = new Color(0x212121);
    public static final Color MUTED_TEXT = new Color(0x555555);
    public static final Color GRID = new Color(0xDDDDDD);

    public static final BasicStroke PROVINCE_STROKE = new BasicStroke(2.0f);
    public static final BasicStroke PROVINCE_PREVIOUS_STROKE = new BasicStroke(
            1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    public static final BasicStroke TARGET_STROKE = new BasicStroke(2.0f);

    /** The size of the figures printed on the bars; {@link LabelRoomAxis} measures the room they need with it. */
    public static final float VALUE_FONT_SIZE = 10.5f;

    private final StandardChartTheme jfree;

    public DashboardTheme() {
        jfree = new StandardChartTheme("thidua", false);
        jfree.setExtraLargeFont(BundledFonts.bold(17f));
        jfree.setLargeFont(BundledFonts.bold(13f));
        jfree.setRegularFont(BundledFonts.regular(12f));
        jfree.setSmallFont(BundledFonts.regular(11f));
        jfree.setTitlePaint(TEXT);
        jfree.setSubtitlePaint(MUTED_TEXT);
        jfree.setChartBackgroundPaint(Color.WHITE);
        jfree.setPlotBackgroundPaint(Color.WHITE);
        jfree.setPlotOutlinePaint(Color.WHITE); // outlines are switched off per plot
        jfree.setLegendBackgroundPaint(Color.WHITE);
        jfree.setLegendItemPaint(TEXT);
        jfree.setDomainGridlinePaint(GRID);
        jfree.setRangeGridlinePaint(GRID);
        jfree.setAxisLabelPaint(MUTED_TEXT);
        jfree.setTickLabelPaint(TEXT);
        jfree.setItemLabelPaint(TEXT);
        jfree.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        jfree.setBarPainter(new StandardBarPainter()); // flat bars: gradients add nothing but noise
        jfree.setShadowVisible(false);
    }

    /** Styles a whole chart; call before setting series colours (the JFree theme clears them). */
    public void apply(JFreeChart chart) {
        jfree.apply(chart);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    }

    /** Category plots: light grid on values only, no outline, the previous year left of/above the current. */
    public void styleCategoryPlot(CategoryPlot plot) {
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis domain = plot.getDomainAxis();
        if (domain != null) {
            domain.setAxisLineVisible(false);
            domain.setTickMarksVisible(false);
            domain.setTickLabelFont(tickFont());
        }
        ValueAxis range = plot.getRangeAxis();
        if (range != null) {
            range.setAxisLineVisible(false);
            range.setTickLabelFont(tickFont());
        }
    }

    /** Colours series 0 and 1 as previous and current year; bar outlines off for a flat look. */
    public void colourYears(BarRenderer renderer) {
        renderer.setSeriesPaint(0, PREVIOUS_YEAR);
        renderer.setSeriesPaint(1, CURRENT_YEAR);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelFont(valueFont());
        renderer.setDefaultItemLabelPaint(TEXT);
    }

    public Font tickFont() {
        return BundledFonts.regular(12f);
    }

    public Font valueFont() {
        return BundledFonts.regular(VALUE_FONT_SIZE);
    }

    public Font legendFont() {
        return BundledFonts.regular(12f);
    }

    public Font subtitleFont() {
        return BundledFonts.regular(12.5f);
    }
}
