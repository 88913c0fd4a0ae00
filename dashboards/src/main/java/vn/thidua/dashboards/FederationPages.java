package vn.thidua.dashboards;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.dataset.FederationGrades;
import vn.thidua.dashboards.dataset.FederationReporting;
import vn.thidua.dashboards.dataset.FederationStandings;
import vn.thidua.dashboards.dataset.UnitLookups;
import vn.thidua.dashboards.dataset.UnitOverviews;
import vn.thidua.dashboards.figures.ResponsiveChart;
import vn.thidua.dashboards.figures.UnitComparisonFigure;
import vn.thidua.dashboards.site.FederationContent;
import vn.thidua.warehouse.evaluation.GradeCountRow;

import static vn.thidua.dashboards.data.IndicatorCodes.INITIATIVES_PER_100_MEMBERS;
import static vn.thidua.dashboards.data.IndicatorCodes.PARTICIPATION_RATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes what one federation's page shows, from figures indexed once for the whole site ({@link UnitLookups}).
 * Its charts are drawn per federation, so that a province of many federations never holds them all at once.
 */
final class FederationPages {

    /** The folder of the federations' chart images, beside the pages. */
    static final String CHART_FOLDER = "bieu-do-don-vi";

    /** The indicators drawn unit by unit on every federation page, with the end of their files' names. */
    static final Map<String, String> UNIT_CHARTS = new LinkedHashMap<>();

    static {
        UNIT_CHARTS.put(PARTICIPATION_RATE, "tham-gia");
        UNIT_CHARTS.put(INITIATIVES_PER_100_MEMBERS, "sang-kien");
    }

    private FederationPages() {
    }

    /** Everything the page and its charts need: index it once, before the first federation. */
    static UnitLookups lookups(DashboardData snapshot, int year) {
        List<String> codes = new ArrayList<>(UnitOverviews.INDICATORS);
        UNIT_CHARTS.keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        return UnitLookups.of(snapshot, year, codes);
    }

    static FederationContent content(DashboardData snapshot, Federation f, int year, UnitLookups lookups,
                                     String notYetGraded, DashboardTheme theme) {
        String provinceCode = snapshot.provinceCode().orElse(null);
        return new FederationContent(FederationStandings.of(snapshot, f.code()),
                FederationReporting.of(lookups.reporting(), f), charts(snapshot, f, year, lookups, theme),
                FederationGrades.of(snapshot.grades(), f.code(), provinceCode, year).orElse(null),
                snapshot.grades().has(year, GradeCountRow.RUBRIC), notYetGraded,
                UnitOverviews.of(snapshot, f, year, lookups));
    }

    private static List<ResponsiveChart> charts(DashboardData snapshot, Federation f, int year, UnitLookups lookups,
                                                DashboardTheme theme) {
        String base = f.pageFile().replaceFirst("\\.html$", "");
        List<ResponsiveChart> out = new ArrayList<>();
        UNIT_CHARTS.forEach((code, name) -> {
            if (snapshot.indicator(code).isPresent() || !lookups.values(code).isEmpty()) {
                out.addAll(UnitComparisonFigure.build(snapshot, year, f, code, base + "-" + name, CHART_FOLDER, lookups,
                        theme));
            }
        });
        return out;
    }
}
