package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.FederationChart;
import vn.thidua.dashboards.chart.YearOnlyChart;

import java.util.List;

/**
 * The phone drawings of the index's charts. A 900-pixel chart of three phase panels shown on a 390-pixel screen
 * prints its 12-pixel labels at 5 pixels: a phone gets its whole-year panel alone (named "…-ca-nam"), drawn at
 * {@link #WIDTH}.
 */
public final class NarrowCharts {

    /** Logical width of every phone drawing: about a phone's width, so that its text keeps nearly its size. */
    public static final int WIDTH = 380;

    static final String YEAR_ONLY_NOTE = "Trên điện thoại, biểu đồ chỉ hiện số liệu cả năm; số liệu từng đợt ở bảng "
            + "số liệu chi tiết bên dưới.";

    private NarrowCharts() {
    }

    /** The index's charts: the year's panel alone when the chart has phase panels, otherwise none. */
    public static ResponsiveChart yearOnly(DashboardChart c, int year) {
        if (!c.hasChart()) {
            return new ResponsiveChart("", c, null);
        }
        return YearOnlyChart.of(c.chart(), FederationChart.subtitle(List.of(0), year))
                .map(chart -> new ResponsiveChart("", c, new DashboardChart(c.fileName() + "-ca-nam", c.title(),
                        c.caption(), chart, WIDTH, c.height(), c.table(), c.commentary()), YEAR_ONLY_NOTE))
                .orElseGet(() -> new ResponsiveChart("", c, null));
    }
}
