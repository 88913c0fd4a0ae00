package vn.thidua.dashboards.render;

import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.pngencoder.PngEncoder;

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
        write(image, file);
        return file;
    }

    /**
     * The JDK's PNG writer copies the image row by row and took ~150 ms a chart, most of a site's drawing time;
     * pngencoder writes the same lossless pixels at deflate level 6 in ~28 ms (files a little smaller). The
     * charts are already drawn on both cores, so each file is compressed on one thread.
     */
    private static void write(BufferedImage image, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new PngEncoder().withBufferedImage(image).withCompressionLevel(6)
                    .withMultiThreadedCompressionEnabled(false).toStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
