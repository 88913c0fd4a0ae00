package vn.thidua.dashboards.render;

import vn.thidua.dashboards.figures.ResponsiveChart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chart's files into the site: the wide drawing as PNG and SVG, the phone drawing as PNG only (the SVG
 * is for putting the chart into a document, where the wide one serves).
 */
public final class ResponsiveChartFiles {

    /** What was written, as paths relative to the site's directory. */
    public record Written(List<String> pngs, List<String> svgs) {

        public Written {
            pngs = List.copyOf(pngs);
            svgs = List.copyOf(svgs);
        }
    }

    private ResponsiveChartFiles() {
    }

    public static Written write(ResponsiveChart chart, Path site) {
        if (!chart.wide().hasChart()) {
            return new Written(List.of(), List.of());
        }
        Path dir = chart.folder().isEmpty() ? site : site.resolve(chart.folder());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        List<String> pngs = new ArrayList<>();
        pngs.add(chart.href(PngRenderer.render(chart.wide(), dir).getFileName().toString()));
        if (chart.hasNarrow()) {
            pngs.add(chart.href(PngRenderer.render(chart.narrow(), dir).getFileName().toString()));
        }
        String svg = chart.href(SvgRenderer.render(chart.wide(), dir).getFileName().toString());
        return new Written(pngs, List.of(svg));
    }
}
