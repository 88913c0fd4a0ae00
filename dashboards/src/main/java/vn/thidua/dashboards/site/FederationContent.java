package vn.thidua.dashboards.site;

import vn.thidua.dashboards.dataset.FederationGrades;
import vn.thidua.dashboards.dataset.FederationReporting;
import vn.thidua.dashboards.dataset.FederationStanding;
import vn.thidua.dashboards.dataset.UnitOverview;
import vn.thidua.dashboards.figures.ResponsiveChart;

import java.util.List;
import java.util.Optional;

/**
 * What a federation's page shows, computed before the page is written.
 * @param grades       the federation's grade summary; null before the evaluation or without rows for it
 * @param evaluated    whether the year-end evaluation of this snapshot exists at all
 * @param notYetGraded what the site says while there is no evaluation
 */
public record FederationContent(List<FederationStanding> standings, FederationReporting reporting,
                                List<ResponsiveChart> charts, FederationGrades grades, boolean evaluated,
                                String notYetGraded, UnitOverview units) {

    public FederationContent {
        standings = List.copyOf(standings);
        charts = List.copyOf(charts);
    }

    public Optional<FederationGrades> gradeSummary() {
        return Optional.ofNullable(grades);
    }
}
