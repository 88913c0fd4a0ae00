package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.chart.UnitComparisonChart;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.dataset.ChartParts;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.UnitComparison;
import vn.thidua.dashboards.dataset.UnitLookups;
import vn.thidua.dashboards.text.FederationWords;
import vn.thidua.dashboards.text.UnitCommentary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

/**
 * One indicator for a federation's grassroots unions (whole year, this year against the previous one, the
 * federation and the province as lines), cut into charts of at most {@link ChartParts#MAX_UNITS} units, each
 * drawn for a laptop and for a phone ("…-dien-thoai"). The figures themselves are in the page's table of units,
 * so the charts carry no table of their own.
 */
public final class UnitComparisonFigure {

    private static final DataTable NO_TABLE = new DataTable(List.of(), List.of());

    private UnitComparisonFigure() {
    }

    /**
     * @param fileBase base name of the images; a second part gets "-2", and so on
     * @param folder   the site's folder the images go to
     */
    public static List<ResponsiveChart> build(DashboardData snapshot, int year, Federation federation, String indicatorCode,
                                              String fileBase, String folder, UnitLookups lookups, DashboardTheme theme) {
        UnitComparison c = UnitComparison.of(snapshot, federation, indicatorCode, lookups.values(indicatorCode));
        String title = c.label() + " của các CĐCS";
        String caption = caption(c, federation, year);
        List<String> commentary = UnitCommentary.of(c, FederationWords.shortName(federation), year);
        if (!c.hasAnyValue()) {
            return List.of(new ResponsiveChart(folder, new DashboardChart(fileBase, title, caption, null, Charts.WIDTH,
                    UnitComparisonChart.height(c.rows().size()), NO_TABLE, commentary), null));
        }
        List<ChartParts.Part> parts = ChartParts.of(c.rows());
        List<ResponsiveChart> out = new ArrayList<>();
        String subtitle = "Cả năm " + year + " · so sánh với năm " + (year - 1);
        for (int i = 0; i < parts.size(); i++) {
            ChartParts.Part part = parts.get(i);
            String partTitle = part.name().isEmpty() ? title : title + " (" + part.name().toLowerCase(Locale.ROOT) + ")";
            String file = parts.size() == 1 ? fileBase : fileBase + "-" + (i + 1);
            int height = UnitComparisonChart.height(part.rows().size());
            // the sentences are about all the units: said once, under the last part
            List<String> said = i == parts.size() - 1 ? commentary : List.of();
            String shown = i == 0 ? caption : "";
            JFreeChart chart = UnitComparisonChart.draw(partTitle, subtitle, part.rows(), c.measure(), c.federationValue(),
                    federation.shortName(), c.provinceValue(), year, theme);
            // one chart drawn twice: its axis makes room for the value labels at the width it is drawn at
            DashboardChart wide = new DashboardChart(file, partTitle, shown, chart, Charts.WIDTH, height, NO_TABLE, said);
            DashboardChart narrow = new DashboardChart(file + "-dien-thoai", partTitle, shown, chart, NarrowCharts.WIDTH,
                    height, NO_TABLE, said);
            out.add(new ResponsiveChart(folder, wide, narrow));
        }
        return out;
    }

    /** How to read it; a line the snapshot has no figure for is not described. */
    private static String caption(UnitComparison c, Federation federation, int year) {
        List<String> lines = new ArrayList<>();
        if (c.federationValue() != null) {
            lines.add("đường dọc tím là mức chung của " + FederationWords.shortName(federation));
        }
        if (c.provinceValue() != null) {
            lines.add("đường dọc đỏ là mức chung toàn tỉnh");
        }
        String said = lines.isEmpty() ? "" : " " + Character.toUpperCase(lines.get(0).charAt(0))
                + String.join(", ", lines).substring(1) + " năm " + year + ".";
        return c.label() + " của từng công đoàn cơ sở " + FederationWords.belongingTo(federation) + ", cả năm " + year
                + " so với năm " + (year - 1) + ", xếp từ cao xuống thấp theo năm " + year + "." + said
                + " Đơn vị không có cột là chưa có số liệu (không phải bằng 0).";
    }
}
