package vn.thidua.dashboards.figures;

import vn.thidua.dashboards.chart.BarCharts;
import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.chart.FederationChart;
import vn.thidua.dashboards.chart.IndicatorPanels;
import vn.thidua.dashboards.chart.PhasePanels;
import vn.thidua.dashboards.chart.ProvinceChart;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.CategoryKey;
import vn.thidua.dashboards.dataset.ComparisonRow;
import vn.thidua.dashboards.dataset.ComparisonTables;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.dashboards.dataset.YearComparisonDataset;
import vn.thidua.dashboards.text.FigureSentence;
import vn.thidua.dashboards.text.KeyFigures;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * Province-wide figures of a few related indicators, 2023 | 2024, one panel per phase on a shared value
 * axis (so that a phase's bars compare with the year's), the change written under each pair of bars.
 */
public final class ProvinceFigure {

    private static final String OWN_SCALES = " Các chỉ tiêu có độ lớn rất khác nhau nên mỗi chỉ tiêu có một khung và"
            + " thang đo riêng: so sánh độ dài cột trong cùng một khung, không so giữa các khung.";

    private ProvinceFigure() {
    }

    public static DashboardChart build(DashboardData snapshot, int year, ProvinceChartSpec spec, DashboardTheme theme) {
        Measure measure = Labels.measure(snapshot, spec.codes().get(0));
        Map<Integer, List<ComparisonRow>> byPhase = new LinkedHashMap<>();
        for (int phase : spec.phases()) {
            List<ComparisonRow> rows = new ArrayList<>();
            for (int i = 0; i < spec.codes().size(); i++) {
                String code = spec.codes().get(i);
                IndicatorValueRow v = snapshot.provinceValue(code, phase).orElse(null);
                rows.add(new ComparisonRow(new CategoryKey(code, spec.shortLabels().get(i)), Labels.of(snapshot, code),
                        v == null ? null : v.previousValue(), v == null ? null : v.value()));
            }
            byPhase.put(phase, rows);
        }
        byPhase = PhasePanels.withFigures(byPhase);
        List<Integer> phases = List.copyOf(byPhase.keySet());
        DataTable table = table(snapshot, spec, byPhase, year);
        List<String> commentary = commentary(snapshot, spec, year);
        String caption = spec.title() + " toàn tỉnh " + (phases.equals(List.of(0)) ? "cả năm " : "theo đợt và cả năm ")
                + year + ", so với cùng kỳ năm "
                + (year - 1) + "."
                + (spec.targetLine() ? " Đường dọc xanh lá là mức hoàn thành chỉ tiêu (100%)." : "")
                + (measure == Measure.MONEY ? " Số tiền tính bằng " + moneyUnit(byPhase).toLowerCase() + "." : "");
        if (byPhase.values().stream().noneMatch(YearComparisonDataset::hasAnyValue)) {
            return new DashboardChart(spec.fileName(), spec.title(), caption, null, Charts.WIDTH,
                    BarCharts.horizontalHeight(spec.codes().size()), table, commentary);
        }
        double divisor = measure == Measure.MONEY ? moneyDivisor(byPhase) : 1;
        Map<Integer, List<ComparisonRow>> shown = new LinkedHashMap<>();
        byPhase.forEach((phase, rows) -> shown.put(phase, rows.stream().map(r -> scaled(r, divisor)).toList()));
        String title = spec.title() + " toàn tỉnh" + (measure == Measure.MONEY ? " (" + moneyUnit(byPhase).toLowerCase()
                + ")" : "");
        Measure drawn = measure == Measure.MONEY ? Measure.RATIO : measure;
        if (IndicatorPanels.needed(shown, drawn)) {
            // 8 houses beside 713 dialogues: each figure on its own scale, or the small ones vanish
            JFreeChart chart = IndicatorPanels.draw(title, FederationChart.subtitle(phases, year)
                    + " · mỗi chỉ tiêu một thang đo", shown, spec.shortLabels(), drawn, year, theme);
            return new DashboardChart(spec.fileName(), spec.title(), caption + OWN_SCALES, chart, Charts.WIDTH,
                    BarCharts.horizontalHeight(phases.size()) + 40, table, commentary);
        }
        JFreeChart chart = ProvinceChart.draw(title, FederationChart.subtitle(phases, year), shown, drawn,
                spec.targetLine(), year, theme);
        int height = BarCharts.horizontalHeight(spec.codes().size());
        return new DashboardChart(spec.fileName(), spec.title(), caption, chart, Charts.WIDTH, height, table, commentary);
    }

    private static ComparisonRow scaled(ComparisonRow r, double divisor) {
        return new ComparisonRow(r.key(), r.fullName(), r.previous() == null ? null : r.previous() / divisor,
                r.current() == null ? null : r.current() / divisor);
    }

    /** Billions when the largest amount reaches one billion đồng, else millions: bar values stay short. */
    private static double moneyDivisor(Map<Integer, List<ComparisonRow>> byPhase) {
        double max = byPhase.values().stream().mapToDouble(BarCharts::maxValue).max().orElse(0);
        return max >= 1e9 ? 1e9 : 1e6;
    }

    private static String moneyUnit(Map<Integer, List<ComparisonRow>> byPhase) {
        return moneyDivisor(byPhase) == 1e9 ? "Tỷ đồng" : "Triệu đồng";
    }

    /** "+12,3%" for totals, "+3,2 điểm" for rates; nothing when there is nothing to compare. */
    public static String changeLabel(ComparisonRow r, Measure measure) {
        Double change = ComparisonTables.change(r, measure);
        if (change == null) {
            return "";
        }
        String text = TableCell.change(change).text();
        return measure == Measure.PERCENT ? text + " điểm" : text + "%";
    }

    private static List<String> commentary(DashboardData snapshot, ProvinceChartSpec spec, int year) {
        int phase = spec.phases().contains(0) ? 0 : spec.phases().get(spec.phases().size() - 1);
        List<String> out = new ArrayList<>();
        for (String code : spec.codes()) {
            out.add(sentence(snapshot, code, phase, year));
        }
        // an older catalogue without these indicators simply says nothing about them; registers and gaps are
        // said with the reported figure they are set against (whole year)
        out.addAll(KeyFigures.provinceSentences(snapshot, year, spec.alsoDescribed().stream()
                .filter(code -> snapshot.indicator(code).isPresent()).toList()));
        return out;
    }

    private static String sentence(DashboardData snapshot, String code, int phase, int year) {
        return (phase == 0 ? "" : PhaseNames.of(phase) + ": ") + FigureSentence.of(snapshot, code,
                snapshot.provinceValue(code, phase).orElse(null), year);
    }

    private static DataTable table(DashboardData snapshot, ProvinceChartSpec spec, Map<Integer, List<ComparisonRow>> byPhase,
                                   int year) {
        List<String> headers = new ArrayList<>(List.of("Chỉ tiêu"));
        for (int phase : byPhase.keySet()) {
            String name = PhaseNames.of(phase);
            headers.add(name + " " + (year - 1));
            headers.add(name + " " + year);
            headers.add(name + ": thay đổi");
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < spec.codes().size(); i++) {
            Measure measure = Labels.measure(snapshot, spec.codes().get(i));
            List<TableCell> line = new ArrayList<>();
            for (List<ComparisonRow> phaseRows : byPhase.values()) {
                ComparisonRow r = phaseRows.get(i);
                if (line.isEmpty()) {
                    line.add(TableCell.text(r.fullName()));
                }
                line.add(measure.cell(r.previous()));
                line.add(measure.cell(r.current()));
                Double change = ComparisonTables.change(r, measure);
                line.add(change == null ? TableCell.change(null)
                        : new TableCell(changeLabel(r, measure), TableCell.change(change).number(), 1));
            }
            rows.add(line);
        }
        return new DataTable(headers, rows);
    }
}
