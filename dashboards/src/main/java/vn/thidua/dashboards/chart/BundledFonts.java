package vn.thidua.dashboards.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled in {@code /fonts}: it has every Vietnamese letter (ă â đ ê ô ơ ư and the five
 * tones, stacked), and bundling it makes a chart look the same on a laptop, a server and in CI.
 * Fonts are derived from the loaded files, not looked up by family name, so a different system copy of
 * "DejaVu Sans" can never be picked instead.
 */
public final class BundledFonts {

    private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private BundledFonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.PLAIN, size); // already the bold face; Font.BOLD would embolden it twice
    }

    private static Font load(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Registered too, so that anything asking for "DejaVu Sans" by name (e.g. a PDF writer) finds it.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + resource, e);
        }
    }
}
