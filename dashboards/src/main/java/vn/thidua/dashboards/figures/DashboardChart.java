package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.dataset.DataTable;

import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to render, with what the page and the report say about it. {@code chart} is null when the
 * snapshot has no figure for it: the page then says so instead of showing an empty frame.
 * @param fileName base name of its image files, without extension (".png", ".svg" are added)
 * @param caption how to read it (what the bars and lines are)
 * @param commentary what it shows, as sentences computed from the figures
 * @param width logical width in pixels; PNGs are drawn at twice that
 */
public record DashboardChart(
        String fileName,
        String title,
        String caption,
        JFreeChart chart,
        int width,
        int height,
        DataTable table,
        List<String> commentary) {

    public DashboardChart {
        commentary = List.copyOf(commentary);
    }

    public boolean hasChart() {
        return chart != null;
    }

    public String pngName() {
        return fileName + ".png";
    }

    public String svgName() {
        return fileName + ".svg";
    }
}
