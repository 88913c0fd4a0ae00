package vn.thidua.dashboards.chart;

import static org.assertj.core.api.Assertions.assertThat;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.DashboardDataReader;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart of the dashboard, drawn as the page (900 px) and the report (680 px) draw it: no value label can be
 * cut off by the plot's edge, no tick label runs into the next panel, and figures of very different size never share
 * an axis.
 */
class ChartReadabilityTest {

    @TempDir
    static Path warehouse;

    static List<DashboardChart> charts;
    static DashboardData snapshot;

    @BeforeAll
    static void drawEveryChart() {
        new DashboardFixture().withGrades().writeTo(warehouse);
        snapshot = new DashboardDataReader(warehouse).read(2024);
        charts = Charts.all(Charts.sections(snapshot, 2024, new DashboardTheme())).stream()
                .filter(DashboardChart::hasChart).toList();
        assertThat(charts).hasSizeGreaterThan(15);
    }

    @Test
    void noValueLabelIsClippedAndTheAxisLeavesRoomAboveTheLargestValue() {
        for (DashboardChart c : charts) {
            for (int width : List.of(900, 680)) {
                for (Panel p : draw(c, width)) {
                    double largest = largest(p.plot());
                    assertThat(p.plot().getRangeAxis().getUpperBound()).as(c.fileName() + " at " + width)
                            .isGreaterThan(largest);
                    forEachLabel(p, (label, room) -> assertThat(room).as(c.fileName() + " at " + width + ": \"" + label
                            + "\" has room").isGreaterThanOrEqualTo(0));
                }
            }
        }
    }

    @Test
    void tickLabelsOfSideBySidePanelsNeverTouch() {
        for (DashboardChart c : charts) {
            for (int width : List.of(900, 680)) {
                List<Panel> panels = draw(c, width);
                for (int i = 0; i + 1 < panels.size(); i++) {
                    double[] left = tickExtent(panels.get(i));
                    double[] right = tickExtent(panels.get(i + 1));
                    if (left != null && right != null && left[0] < right[0]) {
                        assertThat(left[1] + 4).as(c.fileName() + " at " + width + ": panel " + (i + 1) + "'s last tick"
                                + " label ends clear of the next panel's first").isLessThan(right[0]);
                    }
                }
            }
        }
    }

    @Test
    void figuresOfVeryDifferentSizeNeverShareAnAxis() {
        int checked = 0;
        for (DashboardChart c : charts) {
            for (Panel p : draw(c, 900)) {
                CategoryDataset data = p.plot().getDataset();
                Map<String, Double> maxima = new HashMap<>();
                for (int col = 0; col < data.getColumnCount(); col++) {
                    if (data.getColumnKey(col) instanceof CategoryKey key && snapshot.indicator(key.id()).isPresent()) {
                        for (int row = 0; row < data.getRowCount(); row++) {
                            Number n = data.getValue(row, col);
                            if (n != null) {
                                maxima.merge(key.id(), n.doubleValue(), Math::max);
                            }
                        }
                    }
                }
                if (maxima.size() > 1) {
                    checked++;
                    double max = maxima.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                    double min = maxima.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                    assertThat(max).as(c.fileName() + ": " + maxima).isLessThanOrEqualTo(
                            IndicatorPanels.MAX_RATIO_ON_ONE_AXIS * min);
                }
            }
        }
        assertThat(checked).as("the province charts that do share an axis were looked at").isPositive();
        DashboardChart welfare = charts.stream().filter(c -> c.fileName().equals("hoat-dong-cham-lo-toan-tinh"))
                .findFirst().orElseThrow();
        List<Panel> panels = draw(welfare, 900);
        assertThat(panels).as("one panel, one scale per figure: \"Mái ấm\" 14 is not lost beside 700 dialogues")
                .hasSize(4);
        assertThat(panels.get(3).plot().getRangeAxis().getUpperBound())
                .isLessThan(panels.get(0).plot().getRangeAxis().getUpperBound() / 10);
    }

    /** One drawn panel: its plot and where its data went. */
    record Panel(CategoryPlot plot, Rectangle2D dataArea, Graphics2D g2) {
    }

    private static List<Panel> draw(DashboardChart c, int width) {
        BufferedImage image = new BufferedImage(width, c.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        c.chart().draw(g2, new Rectangle2D.Double(0, 0, width, c.height()), info);
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        List<Panel> out = new ArrayList<>();
        List<?> subplots = c.chart().getPlot() instanceof CombinedDomainCategoryPlot d ? d.getSubplots()
                : c.chart().getPlot() instanceof CombinedRangeCategoryPlot r ? r.getSubplots() : List.of(c.chart().getPlot());
        for (int i = 0; i < subplots.size(); i++) {
            Rectangle2D area = subplots.size() == 1 && plotInfo.getSubplotCount() == 0 ? plotInfo.getDataArea()
                    : plotInfo.getSubplotInfo(i).getDataArea();
            out.add(new Panel((CategoryPlot) subplots.get(i), area, g2));
        }
        return out;
    }

    private static double largest(CategoryPlot plot) {
        double max = 0;
        CategoryDataset data = plot.getDataset();
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                max = n == null ? max : Math.max(max, n.doubleValue());
            }
        }
        return max;
    }

    /**
     * The room left between each value label and the plot's edge (negative: cut off). The label starts after its
     * bar, or after the furthest reference line of its row when one is further: the renderer never lets a line run
     * through a label, so that is the furthest it can go.
     */
    private static void forEachLabel(Panel p, java.util.function.BiConsumer<String, Double> check) {
        CategoryPlot plot = p.plot();
        CategoryItemRenderer renderer = plot.getRenderer();
        CategoryDataset data = plot.getDataset();
        ValueAxis axis = plot.getRangeAxis();
        RectangleEdge edge = plot.getRangeAxisEdge();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                if (n == null) {
                    continue;
                }
                String label = renderer.getDefaultItemLabelGenerator().generateLabel(data, r, c);
                FontMetrics fm = p.g2().getFontMetrics(renderer.getItemLabelFont(r, c));
                double end = axis.valueToJava2D(n.doubleValue(), p.dataArea(), edge);
                if (horizontal) {
                    for (double line : lines(plot, data.getColumnKey(c))) {
                        end = Math.max(end, axis.valueToJava2D(line, p.dataArea(), edge));
                    }
                    check.accept(label, p.dataArea().getMaxX() - (end + 3 + 3 + fm.stringWidth(label)));
                } else {
                    check.accept(label, end - 3 - fm.getHeight() - p.dataArea().getMinY());
                }
            }
        }
    }

    private static List<Double> lines(CategoryPlot plot, Comparable<?> category) {
        List<Double> out = new ArrayList<>();
        for (Layer layer : List.of(Layer.BACKGROUND, Layer.FOREGROUND)) {
            java.util.Collection<?> markers = plot.getRangeMarkers(layer);
            if (markers != null) {
                markers.stream().map(m -> (Marker) m).filter(ValueMarker.class::isInstance)
                        .forEach(m -> out.add(((ValueMarker) m).getValue()));
            }
        }
        for (int i = 1; i < plot.getDatasetCount(); i++) {
            CategoryDataset other = plot.getDataset(i);
            int column = other == null ? -1 : other.getColumnIndex(category);
            for (int r = 0; column >= 0 && r < other.getRowCount(); r++) {
                Number v = other.getValue(r, column);
                if (v != null) {
                    out.add(v.doubleValue());
                }
            }
        }
        return out;
    }

    /** The left end of the first tick label and the right end of the last, on a panel's top axis; null if none. */
    private static double[] tickExtent(Panel p) {
        if (p.plot().getOrientation() != PlotOrientation.HORIZONTAL) {
            return null;
        }
        ValueAxis axis = p.plot().getRangeAxis();
        RectangleEdge edge = p.plot().getRangeAxisEdge();
        FontMetrics fm = p.g2().getFontMetrics(axis.getTickLabelFont());
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Object t : axis.refreshTicks(p.g2(), new AxisState(), p.dataArea(), edge)) {
            NumberTick tick = (NumberTick) t;
            if (tick.getText().isEmpty()) {
                continue;
            }
            double x = axis.valueToJava2D(tick.getValue(), p.dataArea(), edge);
            double half = fm.stringWidth(tick.getText()) / 2.0;
            first = Math.min(first, x - half);
            last = Math.max(last, x + half);
        }
        return first == Double.MAX_VALUE ? null : new double[] {first, last};
    }
}
