package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.DashboardFixture;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.DashboardDataReader;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.figures.DashboardChart;
import vn.thidua.dashboards.figures.FederationChartSpec;
import vn.thidua.dashboards.figures.FederationFigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearComparisonDatasetTest {

    @TempDir
    Path warehouse;

    @Test
    void putsPreviousThenCurrentYearAndLeavesMissingFiguresOut() {
        // given
        CategoryKey baBe = new CategoryKey("BB", "Ba Bể");
        CategoryKey pacNam = new CategoryKey("PN", "Pác Nặm");
        CategoryKey yTe = new CategoryKey("YT", "CĐ ngành Y tế");
        List<ComparisonRow> rows = List.of(
                new ComparisonRow(baBe, "LĐLĐ huyện Ba Bể", 80.0, 85.5),
                new ComparisonRow(pacNam, "LĐLĐ huyện Pác Nặm", null, 0.0),
                new ComparisonRow(yTe, "Công đoàn ngành Y tế", null, null));

        // when
        CategoryDataset dataset = YearComparisonDataset.of(rows, 2024);

        // then
        assertThat(dataset.getRowKeys()).containsExactly("Năm 2023", "Năm 2024");
        assertThat(dataset.getColumnKeys()).containsExactly(baBe, pacNam, yTe);
        assertThat(dataset.getValue("Năm 2023", baBe)).isEqualTo(80.0);
        assertThat(dataset.getValue("Năm 2024", baBe)).isEqualTo(85.5);
        assertThat(dataset.getValue("Năm 2023", pacNam)).as("not reported is no bar").isNull();
        assertThat(dataset.getValue("Năm 2024", pacNam)).as("a real zero stays zero").isEqualTo(0.0);
        assertThat(dataset.getValue("Năm 2024", yTe)).isNull();
        assertThat(DatasetUtils.findRangeBounds(dataset).getLowerBound()).isEqualTo(0.0);
    }

    @Test
    void participationChartShowsEveryFederationRankedByTheYearWithProvinceLinesInEachPanel() {
        // given
        new DashboardFixture().writeTo(warehouse);
        DashboardData snapshot = new DashboardDataReader(warehouse).read(2024);

        // when
        DashboardChart chart = FederationFigure.build(snapshot, 2024, new FederationChartSpec(
                IndicatorCodes.PARTICIPATION_RATE, "x", FederationChartSpec.PHASES_AND_YEAR,
                ReferenceLine.PROVINCE), new DashboardTheme());

        // then
        List<?> panels = ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots();
        assertThat(panels).as("Đợt 1, Đợt 2, cả năm").hasSize(3);
        CategoryPlot year = (CategoryPlot) panels.get(2);
        CategoryDataset dataset = year.getDataset();
        assertThat(dataset.getColumnCount()).isEqualTo(12);
        assertThat(dataset.getColumnKeys()).extracting(Object::toString)
                .contains("Ba Bể", "TP Bắc Kạn", "CĐ ngành Giáo dục", "Trực thuộc tỉnh");
        CategoryKey pacNam = (CategoryKey) dataset.getColumnKeys().stream()
                .filter(k -> ((CategoryKey) k).id().equals("PN")).findFirst().orElseThrow();
        assertThat(dataset.getValue("Năm 2023", pacNam)).isNull();
        double previous = Double.MAX_VALUE;
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            double current = dataset.getValue(1, c).doubleValue();
            assertThat(current).as("ranked, highest first").isLessThanOrEqualTo(previous);
            previous = current;
        }
        assertThat(year.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND))
                .as("province 2023 and 2024 lines").hasSize(2);
        assertThat(year.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).extracting(m ->
                ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactlyInAnyOrder(84.2, 87.4);
        assertThat(chart.commentary()).anySatisfy(s -> assertThat(s).startsWith("Cả năm 2024: cao nhất là "))
                .contains("Mức chung toàn tỉnh đạt 87,4%, tăng 3,2 điểm so với năm 2023.");
    }

    @Test
    void everyPanelListsTheSameFederationsAndMissingFiguresStayMissing() {
        // given
        new DashboardFixture().writeTo(warehouse);
        DashboardData snapshot = new DashboardDataReader(warehouse).read(2024);

        // when
        DashboardChart chart = FederationFigure.build(snapshot, 2024, new FederationChartSpec(
                IndicatorCodes.REPORTING_TIMELINESS, "x", List.of(1, 2), ReferenceLine.NONE),
                new DashboardTheme());

        // then
        List<?> panels = ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots();
        assertThat(panels).hasSize(2);
        CategoryDataset phase1 = ((CategoryPlot) panels.get(0)).getDataset();
        CategoryDataset phase2 = ((CategoryPlot) panels.get(1)).getDataset();
        assertThat(phase2.getColumnKeys()).isEqualTo(phase1.getColumnKeys());
        CategoryKey yTe = new CategoryKey("CDYT", "CĐ ngành Y tế");
        assertThat(phase2.getValue("Năm 2024", yTe)).as("Y tế did not report in phase 2").isNull();
        assertThat(phase1.getValue("Năm 2024", yTe)).isNotNull();
        assertThat(chart.commentary()).contains("Chưa có số liệu năm 2024: Công đoàn ngành Y tế (Đợt 2).");
        assertThat(chart.table().rows()).hasSize(12)
                .anySatisfy(row -> assertThat(row).extracting(c -> c.text())
                        .startsWith("Công đoàn ngành Y tế").contains("chưa có số liệu"));
    }
}
