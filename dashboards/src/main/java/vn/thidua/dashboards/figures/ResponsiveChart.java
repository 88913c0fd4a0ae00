package vn.thidua.dashboards.figures;

/**
 * A chart as a page shows it: the drawing for a laptop and, when one was made, a narrower drawing for a phone
 * (the page picks it below 600 px), both under {@code folder} of the site ("" for the site's own directory).
 * @param narrow    null when the wide drawing serves every screen
 * @param phoneNote what a phone reader should know about the narrow drawing (null: nothing), e.g. that it
 *                  shows the whole year only
 */
public record ResponsiveChart(String folder, DashboardChart wide, DashboardChart narrow, String phoneNote) {

    public ResponsiveChart(String folder, DashboardChart wide, DashboardChart narrow) {
        this(folder, wide, narrow, null);
    }

    public ResponsiveChart {
        folder = folder == null ? "" : folder;
    }

    public boolean hasNarrow() {
        return narrow != null && narrow.hasChart();
    }

    /** A file's address relative to the page. */
    public String href(String fileName) {
        return folder.isEmpty() ? fileName : folder + "/" + fileName;
    }
}
