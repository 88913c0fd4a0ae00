package vn.thidua.dashboards.chart;

import vn.thidua.vietnamese.VietnameseFormat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A value axis that leaves room beyond the longest bar for the value printed after it. The room is measured when
 * the chart is drawn, in the pixels it is drawn at (the plot clips what passes its edge, so "100,0%" would lose its
 * "%"): the same chart drawn 900 pixels wide, 380 wide for a phone or into a PDF page gets the headroom it needs.
 * Side-by-side panels all get the same {@code reach} and label, hence the same scale. Ticks are round (1, 2, 5 × 10ⁿ),
 * a few per panel, written the Vietnamese way, and a tick whose label would spill into the next panel is left out.
 */
public class LabelRoomAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Between a bar's end and its label ({@link MissingAwareBarRenderer}), and a little air after it. */
    private static final double LABEL_GAP = 3 + 4;
    /** The bars keep at least this share of the axis, however narrow the panel. */
    private static final double MIN_BAR_SHARE = 0.4;
    /** Pixels a tick needs, so that a panel shows a handful of ticks, not a dozen. */
    private static final double PIXELS_PER_TICK = 60;

    private final double reach;
    private final String widestLabel;
    private final double floor;
    private final boolean integers;

    /**
     * @param reach       the largest value a label starts from: the longest bar or a reference line it may be moved past
     * @param widestLabel the widest value label any bar prints
     * @param floor       the axis reaches at least this (100 for rates: a rate is read against the whole)
     * @param integers    counts: no tick between whole numbers
     */
    public LabelRoomAxis(String label, double reach, String widestLabel, double floor, boolean integers) {
        super(label);
        this.reach = Math.max(0, reach);
        this.widestLabel = widestLabel == null ? "" : widestLabel;
        this.floor = floor;
        this.integers = integers;
        setRange(0, Math.max(Math.max(this.reach, floor), 1) * 1.2); // until drawn
    }

    public double reach() {
        return reach;
    }

    public String widestLabel() {
        return widestLabel;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        fit(g2, dataArea, edge);
        return withinPanel(super.refreshTicks(g2, state, dataArea, edge), g2, dataArea, edge);
    }

    /** Sets the range and the tick unit for this drawing; no change event (the chart is being drawn). */
    private void fit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        if (length <= 0) {
            return;
        }
        FontMetrics value = g2.getFontMetrics(valueFont());
        double need = (horizontal ? value.stringWidth(widestLabel) : value.getHeight()) + LABEL_GAP;
        double upper = reach * length / Math.max(length - need, length * MIN_BAR_SHARE);
        if (floor > 0) {
            // the floor's own tick label ("100") must not hang past the panel's edge either
            double half = horizontal ? g2.getFontMetrics(getTickLabelFont()).stringWidth(format(floor, 0)) / 2.0 : 0;
            upper = Math.max(upper, floor * length / Math.max(length - half, length * MIN_BAR_SHARE));
        }
        upper = Math.max(upper, integers ? 1 : 0.1);
        double step = step(g2, upper, length);
        setRange(new Range(0, upper), false, false);
        NumberFormat format = VietnameseFormat.numberFormat(decimals(step));
        format.setMinimumFractionDigits(decimals(step)); // 0,0 0,5 1,0: every tick with the same decimals
        setTickUnit(new NumberTickUnit(step, format), false, false);
        setAutoTickUnitSelection(false, false);
    }

    /**
     * Round ticks (1, 2 or 5 × 10ⁿ), a handful per panel: the smallest step that makes no more intervals than the
     * panel has room for (so that a narrow panel still shows "0 5 10"), then larger until the labels fit between.
     */
    private double step(Graphics2D g2, double upper, double length) {
        double ticks = Math.max(2, Math.min(6, Math.floor(length / PIXELS_PER_TICK)));
        double step = Math.pow(10, Math.floor(Math.log10(upper / ticks)));
        while (Math.floor(upper / step) > ticks) {
            step = larger(step);
        }
        if (integers) {
            step = Math.max(1, step);
        }
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double room = fm.stringWidth(format(upper, decimals(step))) + 12;
        while (step / upper * length < room) {
            step = larger(step);
        }
        return step;
    }

    /** The next of 1, 2, 5, 10, 20, 50 … */
    private static double larger(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double fraction = Math.round(step / magnitude);
        return (fraction < 2 ? 2 : fraction < 5 ? 5 : 10) * magnitude;
    }

    /** As many decimals as the step has: 0,5 → 1, 0,02 → 2, 50 → 0 ("1.000", never "1.000,0"). */
    static int decimals(double step) {
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }

    /**
     * A tick whose label would reach into the next panel is left out, gridline and all: a gridline without its
     * figure only makes the reader guess.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private List withinPanel(List ticks, Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (!RectangleEdge.isTopOrBottom(edge)) {
            return ticks;
        }
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        List out = new ArrayList();
        for (Object t : ticks) {
            boolean spills = t instanceof NumberTick tick && !tick.getText().isEmpty()
                    && valueToJava2D(tick.getValue(), dataArea, edge) + fm.stringWidth(tick.getText()) / 2.0
                    > dataArea.getMaxX() + 2;
            if (!spills) {
                out.add(t);
            }
        }
        return out;
    }

    /** The font the bars' values are printed in: the renderer's, when this axis belongs to one plot. */
    private Font valueFont() {
        if (getPlot() instanceof CategoryPlot plot && plot.getRenderer() != null
                && plot.getRenderer().getDefaultItemLabelFont() != null) {
            return plot.getRenderer().getDefaultItemLabelFont();
        }
        return BundledFonts.regular(DashboardTheme.VALUE_FONT_SIZE);
    }

    private static String format(double value, int decimals) {
        return VietnameseFormat.numberFormat(decimals).format(value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LabelRoomAxis other && super.equals(obj) && reach == other.reach
                && widestLabel.equals(other.widestLabel) && floor == other.floor && integers == other.integers;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
