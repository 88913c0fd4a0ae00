package vn.thidua.dashboards.render;

import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws a chart into a PNG at twice its logical size: the page shows it at the logical width, so text
 * stays sharp on phones and high-density screens. ({@link SvgRenderer} and the PDF report draw the same chart as vectors.)
 */
public final class PngRenderer {

    /** Pixels per logical pixel. */
    public static final int SCALE = 2;

    private PngRenderer() {
    }

    public static Path render(DashboardChart chart, Path dir) {
        Path file = dir.resolve(chart.pngName());
        BufferedImage image = new BufferedImage(chart.width() * SCALE, chart.height() * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(SCALE, SCALE);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
