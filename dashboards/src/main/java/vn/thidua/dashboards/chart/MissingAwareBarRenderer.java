package vn.thidua.dashboards.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar renderer that writes "chưa có số liệu" in the slot of a missing bar (a blank slot alone could be
 * read as zero or as a drawing fault; the words say that the unit did not report), and that prints each value where
 * no reference line runs through it: after its bar on a white patch; inside the bar's end when a line would cross
 * it there and the bar is long enough (the bar hides the line); else after the line.
 */
public final class MissingAwareBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    /** Pixels kept between a reference line and a value label. */
    private static final double LINE_CLEARANCE = 2;

    /** The data area of the item being drawn: labels are placed against the reference lines in it. */
    private transient Rectangle2D dataArea;
    /** Why a bar is missing, when it is not simply unreported: "không giao chỉ tiêu". */
    private final Map<String, String> missingNotes = new HashMap<>();

    /** Writes {@code note} instead of "chưa có số liệu" where this series has no bar for this category. */
    public void setMissingNote(Comparable<?> series, Comparable<?> category, String note) {
        missingNotes.put(FixedItemLabels.key(series, category), note);
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        String label = generator.generateLabel(data, row, column);
        if (label == null || label.isEmpty()) {
            return;
        }
        g2.setFont(getItemLabelFont(row, column));
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        double width = g2.getFontMetrics().stringWidth(label);
        double offset = getItemLabelAnchorOffset();
        float y = (float) (horizontal ? bar.getCenterY() : bar.getMinY() - offset);
        if (!horizontal) {
            drawOnPatch(g2, label, bar.getCenterX(), y, TextAnchor.BOTTOM_CENTER, getItemLabelPaint(row, column));
            return;
        }
        double after = bar.getMaxX() + offset;
        double past = pastLines(plot, data.getColumnKey(column), data, after, width);
        if (past > after && bar.getWidth() >= width + 2 * offset) {
            // a line would cross the label after the bar: inside the bar's end instead, where the bar hides the line
            Paint fill = lookupSeriesPaint(row);
            g2.setPaint(fill instanceof Color c && luminance(c) < 0.5 ? Color.WHITE : DashboardTheme.TEXT);
            TextUtils.drawAlignedString(label, g2, (float) (bar.getMaxX() - offset), y, TextAnchor.CENTER_RIGHT);
            return;
        }
        drawOnPatch(g2, label, past, y, TextAnchor.CENTER_LEFT, getItemLabelPaint(row, column));
    }

    /** The label on a white patch, so that gridlines behind it never strike it through. */
    private static void drawOnPatch(Graphics2D g2, String label, double x, float y, TextAnchor anchor, Paint paint) {
        Shape bounds = TextUtils.calculateRotatedStringBounds(label, g2, (float) x, y, anchor, 0, anchor);
        if (bounds != null) {
            Rectangle2D r = bounds.getBounds2D();
            g2.setPaint(LABEL_BACKGROUND);
            g2.fill(new Rectangle2D.Double(r.getX() - 1, r.getY(), r.getWidth() + 2, r.getHeight()));
        }
        g2.setPaint(paint);
        TextUtils.drawAlignedString(label, g2, (float) x, y, anchor);
    }

    /** Relative luminance, 0 (black) to 1 (white): dark bars get white text. */
    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    /**
     * Where a label may start so that no reference line (the province's level, the target) runs through it: just
     * after the bar, or just after the last line that would cross it. The value axis leaves room for that
     * ({@link LabelRoomAxis} reaches past the lines too).
     */
    private double pastLines(CategoryPlot plot, Comparable<?> category, CategoryDataset bars, double x, double width) {
        if (dataArea == null || plot.getRangeAxis() == null) {
            return x;
        }
        List<Double> lines = new ArrayList<>();
        // marks drawn per category by another dataset (a target per federation)
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            CategoryDataset other = plot.getDataset(i);
            int column = other == null || other == bars ? -1 : other.getColumnIndex(category);
            for (int row = 0; column >= 0 && row < other.getRowCount(); row++) {
                Number v = other.getValue(row, column);
                if (v != null) {
                    lines.add(plot.getRangeAxis().valueToJava2D(v.doubleValue(), dataArea, plot.getRangeAxisEdge()));
                }
            }
        }
        for (Layer layer : List.of(Layer.BACKGROUND, Layer.FOREGROUND)) {
            Collection<?> markers = plot.getRangeMarkers(layer);
            if (markers != null) {
                markers.stream().filter(ValueMarker.class::isInstance).map(ValueMarker.class::cast).forEach(m ->
                        lines.add(plot.getRangeAxis().valueToJava2D(m.getValue(), dataArea, plot.getRangeAxisEdge())));
            }
        }
        lines.sort(null);
        double start = x;
        for (double line : lines) {
            if (line >= start - LINE_CLEARANCE && line <= start + width + LINE_CLEARANCE) {
                start = line + LINE_CLEARANCE + 1;
            }
        }
        return start;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                         CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                         CategoryDataset dataset, int row, int column, int pass) {
        this.dataArea = dataArea;
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
        String note = missingNotes.getOrDefault(FixedItemLabels.key(dataset.getRowKey(row), dataset.getColumnKey(column)),
                BarCharts.NO_DATA);
        if (orientation == PlotOrientation.HORIZONTAL) {
            TextUtils.drawAlignedString(note, g2, (float) base + 4, (float) middle, TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawRotatedString(note, g2, (float) middle, (float) base - 4,
                    TextAnchor.CENTER_LEFT, -Math.PI / 2, (float) middle, (float) base - 4);
        }
    }
}
