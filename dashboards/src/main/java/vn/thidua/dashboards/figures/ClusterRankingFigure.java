package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.ClusterRankingChart;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.FileNames;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ClusterRanking;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.ComparisonTables;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.text.FigureSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

/**
 * The top and bottom grassroots units of one cluster by an indicator for the whole year: two stacked
 * panels ("dẫn đầu", "cuối bảng") on one value axis, 2023 | 2024, with the cluster's own level as a line.
 */
public final class ClusterRankingFigure {

    private ClusterRankingFigure() {
    }

    public static List<DashboardChart> build(DashboardData snapshot, int year, String indicatorCode, DashboardTheme theme) {
        List<DashboardChart> out = new ArrayList<>();
        for (ClusterRanking ranking : ClusterRanking.of(snapshot, indicatorCode)) {
            out.add(build(snapshot, year, indicatorCode, ranking, theme));
        }
        return out;
    }

    public static DashboardChart build(DashboardData snapshot, int year, String code, ClusterRanking ranking, DashboardTheme theme) {
        String label = Labels.of(snapshot, code);
        Measure measure = Labels.measure(snapshot, code);
        String file = "xep-hang-cum-" + FileNames.slug(ranking.clusterCode());
        String title = ranking.clusterName();
        boolean split = !ranking.bottom().isEmpty();
        String caption = label + " cả năm " + year + " của " + (split
                ? ClusterRanking.SHOWN + " CĐCS dẫn đầu và " + ClusterRanking.SHOWN + " CĐCS cuối bảng"
                : "các CĐCS") + " trong " + lowerFirst(ranking.clusterName()) + ", so với năm " + (year - 1)
                + "; đường dọc đỏ là mức chung của khối năm " + year + ".";
        int shown = ranking.top().size() + ranking.bottom().size();
        int height = 150 + Math.max(shown, 2) * ClusterRankingChart.ROW_HEIGHT + (split ? 30 : 0);
        DataTable table = table(ranking, measure, year);
        List<String> commentary = commentary(ranking, measure, year, Labels.achievement(snapshot, code));
        if (ranking.ranked().isEmpty()) {
            return new DashboardChart(file, title, caption, null, Charts.WIDTH, height, table, commentary);
        }

        Double level = ranking.clusterValue() == null ? null : ranking.clusterValue().value();
        JFreeChart chart = ClusterRankingChart.draw(title, "Cả năm · " + label.toLowerCase(Locale.ROOT).charAt(0)
                        + label.substring(1) + " · so sánh với năm " + (year - 1),
                label + (measure == Measure.PERCENT ? " (%)" : ""), measure, rows(ranking.top()), rows(ranking.bottom()),
                level, year, theme);
        return new DashboardChart(file, title, caption, chart, Charts.WIDTH, height, table, commentary);
    }

    private static List<ComparisonRow> rows(List<ClusterRanking.RankedUnit> units) {
        return units.stream().map(r -> new ComparisonRow(
                new CategoryKey(r.unit().code(), r.rank() + ". " + Labels.unitOnAxis(r.unit().code(), r.unit().name())),
                r.unit().name(), r.value().previousValue(), r.value().value())).toList();
    }

    private static List<String> commentary(ClusterRanking ranking, Measure measure, int year, boolean achievement) {
        List<String> out = new ArrayList<>();
        List<ClusterRanking.RankedUnit> ranked = ranking.ranked();
        if (ranked.isEmpty()) {
            out.add("Chưa có số liệu năm " + year + " của các CĐCS trong khối.");
        } else {
            var first = ranked.get(0);
            var last = ranked.get(ranked.size() - 1);
            out.add("Dẫn đầu: " + UnitNames.tidy(first.unit().name()) + " (" + measure.text(first.value().value())
                    + "); cuối bảng: " + UnitNames.tidy(last.unit().name()) + " (" + measure.text(last.value().value())
                    + ").");
        }
        if (ranking.clusterValue() != null) {
            out.add(FigureSentence.of("Mức chung của khối", measure, ranking.clusterValue(), year, achievement));
        }
        int total = ranked.size() + ranking.missing().size();
        out.add(ranked.size() + "/" + total + " CĐCS có số liệu năm " + year
                + (ranking.missing().isEmpty() ? "." : "; chưa có số liệu: " + String.join(", ",
                ranking.missing().stream().map(u -> UnitNames.tidy(u.name())).toList()) + "."));
        return out;
    }

    private static DataTable table(ClusterRanking ranking, Measure measure, int year) {
        List<String> headers = List.of("Hạng", "Đơn vị", "Năm " + (year - 1), "Năm " + year, measure.changeHeader());
        List<List<TableCell>> rows = new ArrayList<>();
        List<ClusterRanking.RankedUnit> shown = new ArrayList<>(ranking.top());
        shown.addAll(ranking.bottom());
        for (ClusterRanking.RankedUnit r : shown) {
            ComparisonRow row = new ComparisonRow(null, r.unit().name(), r.value().previousValue(), r.value().value());
            rows.add(List.of(TableCell.number((double) r.rank(), 0), TableCell.text(UnitNames.tidy(r.unit().name())),
                    measure.cell(row.previous()), measure.cell(row.current()),
                    TableCell.change(ComparisonTables.change(row, measure))));
        }
        return new DataTable(headers, rows);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
