package vn.thidua.dashboards.charts;

import java.util.List;

/** A theme of the dashboard and the report (participation, initiatives, …) and its charts in order. */
public record ChartSection(String id, String title, List<DashboardChart> charts) {

    public ChartSection {
        charts = List.copyOf(charts);
    }
}
