package vn.thidua.dashboards.report;

import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Draws a chart into the PDF as vectors (pdfbox-graphics2d turns Java2D calls into PDF operators) with
 * its text in the embedded font: sharp at any zoom, searchable, and small.
 */
public final class PdfChart {

    /**
     * The logical width the chart is laid out at before it is scaled to the text width: narrower than the
     * web page's 900 so that, scaled down to the page, 12 px labels still print at about 9 points.
     */
    static final int LAYOUT_WIDTH = 680;

    private PdfChart() {
    }

    /** The chart's height on the page, at the text width. */
    static float printedHeight(DashboardChart chart) {
        return chart.height() * PageFlow.WIDTH / LAYOUT_WIDTH;
    }

    static void draw(PageFlow flow, DashboardChart chart) {
        float scale = PageFlow.WIDTH / LAYOUT_WIDTH;
        int height = chart.height();
        float printed = printedHeight(chart);
        flow.ensure(printed + 8);
        try {
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(flow.document(), LAYOUT_WIDTH, height);
            g2.setFontTextDrawer(flow.fonts().chartTextDrawer());
            try {
                chart.chart().draw(g2, new Rectangle2D.Double(0, 0, LAYOUT_WIDTH, height));
            } finally {
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            var content = flow.content();
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale, PageFlow.MARGIN_X, flow.y() - printed));
            content.drawForm(form);
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw chart " + chart.fileName() + " into the PDF", e);
        }
        flow.moveDown(printed + 6);
    }
}
