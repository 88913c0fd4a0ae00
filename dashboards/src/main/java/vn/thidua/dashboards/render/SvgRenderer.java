package vn.thidua.dashboards.render;

import vn.thidua.dashboards.figures.DashboardChart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * Draws a chart as SVG with Apache Batik's generator (Apache-2.0), for staff who put charts into their
 * own documents. Text is written as glyph outlines: the file then looks the same in any program,
 * whether or not DejaVu Sans is installed there, with every Vietnamese diacritic in place.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static Path render(DashboardChart chart, Path dir) {
        Path file = dir.resolve(chart.svgName());
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("thidua — " + chart.title());
        context.setPrecision(3); // 0,001 px is invisible and keeps the file small
        SVGGraphics2D g2 = new SVGGraphics2D(context, true);
        g2.setSVGCanvasSize(new Dimension(chart.width(), chart.height()));
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            g2.stream(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } finally {
            g2.dispose();
        }
        return file;
    }

    /** The JDK's own DOM: Batik's generator needs only a Document, not Batik's SVG DOM. */
    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML DOM available", e);
        }
    }
}
