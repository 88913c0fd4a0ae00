package vn.thidua.dashboards.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar renderer that writes "chưa có số liệu" in the slot of a missing bar (a blank slot alone could be
 * read as zero or as a drawing fault; the words say that the unit did not report), and that puts a white
 * patch behind each value label, so that a reference line passing behind a label never strikes it through.
 */
public final class MissingAwareBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        String label = generator.generateLabel(data, row, column);
        if (label != null) {
            g2.setFont(getItemLabelFont(row, column));
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            float x = (float) (horizontal ? bar.getMaxX() + getItemLabelAnchorOffset() : bar.getCenterX());
            float y = (float) (horizontal ? bar.getCenterY() : bar.getMinY() - getItemLabelAnchorOffset());
            TextAnchor anchor = horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER;
            Shape bounds = TextUtils.calculateRotatedStringBounds(label, g2, x, y, anchor, 0, anchor);
            if (bounds != null) {
                Rectangle2D r = bounds.getBounds2D();
                g2.setPaint(LABEL_BACKGROUND);
                g2.fill(new Rectangle2D.Double(r.getX() - 1, r.getY(), r.getWidth() + 2, r.getHeight()));
            }
        }
        super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                         CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                         CategoryDataset dataset, int row, int column, int pass) {
        if (dataset.getValue(row, column) != null) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (visibleRow < 0 || pass != 0) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double middle = w0 + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double base = rangeAxis.valueToJava2D(Math.max(getBase(), rangeAxis.getLowerBound()), dataArea, edge);
        g2.setFont(BundledFonts.regular(10f));
        g2.setPaint(DashboardTheme.MUTED_TEXT);
        if (orientation == PlotOrientation.HORIZONTAL) {
            TextUtils.drawAlignedString(BarCharts.NO_DATA, g2, (float) base + 4, (float) middle,
                    TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawRotatedString(BarCharts.NO_DATA, g2, (float) middle, (float) base - 4,
                    TextAnchor.CENTER_LEFT, -Math.PI / 2, (float) middle, (float) base - 4);
        }
    }
}
