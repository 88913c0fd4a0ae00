package vn.thidua.dashboards.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * A panel's value axis on top whose label is the panel's heading ("Nhà Mái ấm Công đoàn"), wrapped onto as many
 * lines as the panel's width needs when the chart is drawn, instead of running into the next panel's heading.
 */
public class HeadingAxis extends LabelRoomAxis {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LINES = 3;

    /** The width of the panel, known when the plot reserves space for its axes. */
    private transient double panelWidth;

    public HeadingAxis(String heading, AxisScale scale) {
        super(heading, scale.reach(), scale.widestLabel(), scale.floor(), scale.integers());
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        panelWidth = plotArea.getWidth();
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        if (edge != RectangleEdge.TOP || getLabel() == null || getLabel().isEmpty() || panelWidth <= 0) {
            return super.getLabelEnclosure(g2, edge);
        }
        Size2D size = block(g2, panelWidth).calculateDimensions(g2);
        return getLabelInsets().createOutsetRectangle(new Rectangle2D.Double(0, 0, size.getWidth(), size.getHeight()));
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        if (edge != RectangleEdge.TOP || label == null || label.isEmpty()) {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }
        TextBlock block = block(g2, dataArea.getWidth());
        double height = block.calculateDimensions(g2).getHeight();
        block.draw(g2, (float) dataArea.getCenterX(), (float) (state.getCursor() - getLabelInsets().getBottom()),
                TextBlockAnchor.BOTTOM_CENTER);
        state.cursorUp(getLabelInsets().getTop() + height + getLabelInsets().getBottom());
        return state;
    }

    /** Wrapped to the width, then narrowed while it keeps its number of lines: balanced lines, no lone last word. */
    private TextBlock block(Graphics2D g2, double width) {
        TextBlock block = wrap(g2, width);
        int lines = block.getLines().size();
        for (double w = width - 4; lines > 1 && w > 40; w -= 4) {
            TextBlock narrower = wrap(g2, w);
            if (narrower.getLines().size() != lines) {
                break;
            }
            block = narrower;
        }
        return block;
    }

    private TextBlock wrap(Graphics2D g2, double width) {
        return TextUtils.createTextBlock(getLabel(), getLabelFont(), getLabelPaint(), (float) width, MAX_LINES,
                new G2TextMeasurer(g2));
    }
}
