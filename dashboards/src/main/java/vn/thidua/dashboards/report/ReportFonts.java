package vn.thidua.dashboards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * The bundled fonts, embedded (subset) in the PDF once, so that every Vietnamese letter prints the same in
 * any reader and text stays searchable and copyable: the document's text in Liberation Serif (the metrics
 * of Times New Roman, which administrative documents use, with every Vietnamese letter), the charts and
 * tables in DejaVu Sans, as on the dashboard.
 */
public record ReportFonts(PDType0Font regular, PDType0Font bold, PDType0Font serif, PDType0Font serifBold,
                          PDType0Font serifItalic) {

    static ReportFonts load(PDDocument document) {
        return new ReportFonts(font(document, "/fonts/DejaVuSans.ttf"), font(document, "/fonts/DejaVuSans-Bold.ttf"),
                font(document, "/fonts/LiberationSerif-Regular.ttf"), font(document, "/fonts/LiberationSerif-Bold.ttf"),
                font(document, "/fonts/LiberationSerif-Italic.ttf"));
    }

    /**
     * Maps the charts' AWT fonts to the embedded ones. pdfbox-graphics2d looks fonts up by
     * {@link java.awt.Font#getFontName()}, which for the bundled files is "DejaVu Sans" and "DejaVu Sans Bold".
     */
    PdfBoxGraphics2DFontTextDrawer chartTextDrawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        drawer.registerFont("DejaVu Sans", regular);
        drawer.registerFont("DejaVu Sans Bold", bold);
        return drawer;
    }

    private static PDType0Font font(PDDocument document, String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed " + resource, e);
        }
    }
}
