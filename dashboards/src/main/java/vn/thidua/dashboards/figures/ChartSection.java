package vn.thidua.dashboards.figures;

import java.util.List;

/**
 * A theme of the dashboard and the report (participation, initiatives, …) and its charts in order.
 * {@code whenEmpty} is what the page says when the theme has no chart yet.
 */
public record ChartSection(String id, String title, List<DashboardChart> charts, String whenEmpty) {

    public static final String NO_DATA = "Chưa có số liệu cho phần này.";

    public ChartSection {
        charts = List.copyOf(charts);
    }

    public ChartSection(String id, String title, List<DashboardChart> charts) {
        this(id, title, charts, NO_DATA);
    }
}
