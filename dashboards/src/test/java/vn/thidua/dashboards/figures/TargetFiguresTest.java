package vn.thidua.dashboards.figures;

import static org.assertj.core.api.Assertions.assertThat;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.ReferenceLine;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.UnitTable;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Targets read as what they are: counts when they are a few units, and "không giao chỉ tiêu" when none was set. */
class TargetFiguresTest {

    private static final String FOUNDED = "unions_founded";
    private static final String ACHIEVEMENT = "unions_founded_achievement";

    @Test
    void aSmallTargetReadsAsCountsAndNoTargetIsSaidSo() {
        // given unions founded against targets of 1 to 3: Bắc Kạn 2 of 1, Bạch Thông 1 of 3, Giáo dục 0 of 1; Ba Bể
        // founded 1 with no target (both phases reported); Chợ Mới reported phase 1 only
        List<IndicatorValueRow> rows = new ArrayList<>(List.of(
                achievement("TP", "Liên đoàn Lao động thành phố Bắc Kạn", 2.0, 1.0, 100.0),
                achievement("BT", "Liên đoàn Lao động huyện Bạch Thông", 1.0, 3.0, 0.0),
                achievement("GD", "Công đoàn ngành Giáo dục", 0.0, 1.0, 0.0),
                achievement("BB", "Liên đoàn Lao động huyện Ba Bể", null, null, null),
                achievement("CM", "Liên đoàn Lao động huyện Chợ Mới", null, null, 50.0),
                DashboardFixture.figure(0, Level.PROVINCE, "BK", ACHIEVEMENT, 3.0, 5.0, 60.0, 40.0)));
        founded(rows, "TP", 1.0, 1.0, 1.0);
        founded(rows, "BT", 0.0, 1.0, 0.0);
        founded(rows, "GD", 0.0, 0.0, 0.0);
        founded(rows, "BB", 0.0, 1.0, 0.0);
        founded(rows, "CM", 1.0, null, 1.0);
        DashboardData snapshot = snapshot(rows);

        // when
        DashboardChart chart = FederationFigure.build(snapshot, 2024, new FederationChartSpec(ACHIEVEMENT, "x",
                FederationChartSpec.PHASES_AND_YEAR, ReferenceLine.TARGET), new DashboardTheme());

        // then counts, not 200 % and 0 %
        assertThat(chart.title()).isEqualTo("Số CĐCS thành lập mới so với chỉ tiêu theo đơn vị");
        CategoryPlot year = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots().get(0);
        CategoryDataset bars = year.getDataset();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < bars.getColumnCount(); c++) {
            labels.add(year.getRenderer().getDefaultItemLabelGenerator().generateLabel(bars, 1, c));
        }
        assertThat(labels).contains("2/1", "1/3", "0/1", "1 (không giao chỉ tiêu)").noneMatch(l -> l.contains("%"));
        assertThat(year.getDataset(1).getValue(0, bars.getColumnIndex(key(bars, "TP")))).as("the target's mark")
                .isEqualTo(1.0);
        assertThat(cells(chart.table(), "Liên đoàn Lao động thành phố Bắc Kạn"))
                .containsExactly("Liên đoàn Lao động thành phố Bắc Kạn", "1", "đạt chỉ tiêu", "2", "1", "2/1 · vượt chỉ tiêu");
        assertThat(cells(chart.table(), "Liên đoàn Lao động huyện Ba Bể"))
                .containsExactly("Liên đoàn Lao động huyện Ba Bể", "0", "không giao chỉ tiêu", "1",
                        "không giao chỉ tiêu", "không giao chỉ tiêu");
        assertThat(cells(chart.table(), "Liên đoàn Lao động huyện Chợ Mới")).endsWith(TableCell.NO_DATA);
        assertThat(chart.commentary()).containsExactly(
                "Cả năm 2024 toàn tỉnh: số CĐCS thành lập mới 3, chỉ tiêu 5.",
                "Đạt hoặc vượt chỉ tiêu năm 2024: 1/3 đơn vị (TP Bắc Kạn 2/1).",
                "Chưa đạt: Bạch Thông 1/3, CĐ ngành Giáo dục 0/1.",
                "Không giao chỉ tiêu năm 2024: Ba Bể.",
                "Chưa có số liệu năm 2024: Chợ Mới.");
    }

    @Test
    void aLargeTargetStaysARateAndAUnitWithoutOneReadsNoTarget() {
        // given members admitted against targets in the tens; Ba Bể reported both phases but was given no target
        List<IndicatorValueRow> rows = new ArrayList<>(List.of(
                achievement("TP", "Liên đoàn Lao động thành phố Bắc Kạn", 45.0, 40.0, 90.0),
                achievement("BB", "Liên đoàn Lao động huyện Ba Bể", null, null, null)));
        founded(rows, "TP", 45.0, 30.0, 15.0);
        founded(rows, "BB", 12.0, 5.0, 7.0);
        rows.replaceAll(r -> rename(r));
        DashboardData snapshot = snapshot(rows, "members_admitted", "members_admitted_achievement", List.of());

        DashboardChart chart = FederationFigure.build(snapshot, 2024, new FederationChartSpec("members_admitted_achievement",
                "x", FederationChartSpec.PHASES_AND_YEAR, ReferenceLine.TARGET), new DashboardTheme());

        assertThat(chart.table().rows()).anySatisfy(r -> assertThat(r).extracting(TableCell::text)
                .containsExactly("Liên đoàn Lao động thành phố Bắc Kạn", "90,0%", "112,5%", "+22,5"));
        assertThat(cells(chart.table(), "Liên đoàn Lao động huyện Ba Bể"))
                .as("never 0 %, never 'chưa có số liệu'").contains("không giao chỉ tiêu").doesNotContain("0,0%");
        assertThat(chart.commentary()).contains("Không giao chỉ tiêu năm 2024: Liên đoàn Lao động huyện Ba Bể.")
                .noneMatch(s -> s.startsWith("Chưa có số liệu"));
    }

    @Test
    void aGrassrootsUnitWithoutATargetReadsNoTargetInItsFederationsTable() {
        // given BB.001 reported its admissions in both phases and had no target; BB.002 missed phase 2
        OrgUnitRow first = new OrgUnitRow("BB.001", "CĐCS Trường Tiểu học Ba Bể", "BB", 3, "hcsn", null, null, null);
        OrgUnitRow second = new OrgUnitRow("BB.002", "CĐCS Trường THCS Ba Bể", "BB", 3, "hcsn", null, null, null);
        List<IndicatorValueRow> rows = new ArrayList<>();
        for (String unit : List.of("BB.001", "BB.002")) {
            rows.add(DashboardFixture.figure(0, Level.UNIT, unit, "members_admitted_achievement", null, null, null, null));
            rows.add(DashboardFixture.figure(1, Level.UNIT, unit, "members_admitted", 3.0, null, 3.0, 2.0));
            Double phase2 = unit.equals("BB.001") ? 1.0 : null;
            rows.add(DashboardFixture.figure(2, Level.UNIT, unit, "members_admitted", phase2, null, phase2, 1.0));
        }
        DashboardData snapshot = snapshot(rows, "members_admitted", "members_admitted_achievement", List.of(first, second));

        DataTable table = UnitTable.of(snapshot, new Federation("BB", "Liên đoàn Lao động huyện Ba Bể", "Ba Bể", "p.html",
                List.of(first, second)), 2024);

        int column = table.headers().indexOf("Chỉ tiêu kết nạp (%)");
        assertThat(table.rows().get(0).get(column).text()).isEqualTo("không giao chỉ tiêu");
        assertThat(table.rows().get(1).get(column).text()).as("a missing phase is missing").isEqualTo(TableCell.NO_DATA);
    }

    private static List<String> cells(DataTable table, String firstCell) {
        return table.rows().stream().filter(r -> r.get(0).text().equals(firstCell)).findFirst().orElseThrow()
                .stream().map(TableCell::text).toList();
    }

    private static Comparable<?> key(CategoryDataset bars, String id) {
        return (Comparable<?>) bars.getColumnKeys().stream()
                .filter(k -> ((vn.thidua.dashboards.dataset.CategoryKey) k).id().equals(id)).findFirst().orElseThrow();
    }

    private static IndicatorValueRow achievement(String code, String name, Double numerator, Double target, Double previous) {
        Double value = numerator == null || target == null ? null : numerator / target * 100;
        return new IndicatorValueRow(2024, 0, Level.FEDERATION, code, name, ACHIEVEMENT, numerator, target, value, 2023,
                previous, null, null, 5, 5);
    }

    /** The year's count and each phase's. */
    private static void founded(List<IndicatorValueRow> rows, String code, Double previousYear, Double phase1, Double phase2) {
        Double year = phase1 == null || phase2 == null ? null : Double.valueOf(phase1 + phase2);
        rows.add(DashboardFixture.figure(0, Level.FEDERATION, code, FOUNDED, year, null, year, previousYear));
        rows.add(DashboardFixture.figure(1, Level.FEDERATION, code, FOUNDED, phase1, null, phase1, 0.0));
        rows.add(DashboardFixture.figure(2, Level.FEDERATION, code, FOUNDED, phase2, null, phase2, previousYear));
    }

    private static IndicatorValueRow rename(IndicatorValueRow r) {
        String indicator = r.indicatorCode().equals(FOUNDED) ? "members_admitted" : "members_admitted_achievement";
        return new IndicatorValueRow(r.year(), r.phase(), r.level(), r.orgUnitCode(), r.orgUnitName(), indicator,
                r.numerator(), r.denominator(), r.value(), r.previousYear(), r.previousValue(), r.changeAbs(),
                r.changePct(), r.unitsReporting(), r.unitsExpected());
    }

    private static DashboardData snapshot(List<IndicatorValueRow> rows) {
        return snapshot(rows, FOUNDED, ACHIEVEMENT, List.of());
    }

    private static DashboardData snapshot(List<IndicatorValueRow> rows, String count, String achievement,
                                          List<OrgUnitRow> units) {
        List<OrgUnitRow> all = new ArrayList<>(List.of(new OrgUnitRow("BK", "Liên đoàn Lao động tỉnh Bắc Kạn", null, 1,
                "lien_doan", null, null, null)));
        all.addAll(units);
        return DashboardFixture.inMemory(List.of(
                DashboardFixture.indicator(count, count.equals(FOUNDED) ? "Số CĐCS thành lập mới" : "Số đoàn viên kết nạp mới",
                        count.equals(FOUNDED) ? "count" : "person", "higher_better"),
                DashboardFixture.indicator(achievement, "Tỷ lệ hoàn thành chỉ tiêu", "percent", "higher_better")), rows, all);
    }
}
