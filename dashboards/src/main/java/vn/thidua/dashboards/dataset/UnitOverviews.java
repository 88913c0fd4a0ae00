package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a federation's {@link UnitOverview}: participation both years and its change, four more figures of
 * the year, the reporting in words and, once graded, the grade. Units keep the federation's alphabetical
 * order inside their cluster, so that a leader finds a name where they expect it; the charts show the ranking.
 */
public final class UnitOverviews {

    /** The figure columns after participation: code and short header (the page's key figures give full names). */
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put(INITIATIVES_PER_100_MEMBERS, "Sáng kiến / 100 ĐV");
        FIGURES.put(MEMBERS_ADMITTED, "Kết nạp ĐV");
        FIGURES.put(MEMBERS_ADMITTED_ACHIEVEMENT, "Chỉ tiêu kết nạp");
        FIGURES.put(TET_COVERAGE, "Hỗ trợ Tết");
    }

    /** Every indicator the overview reads: index them once with {@link UnitLookups#of}. */
    public static final List<String> INDICATORS = List.of(PARTICIPATION_RATE, INITIATIVES_PER_100_MEMBERS,
            MEMBERS_ADMITTED, MEMBERS_ADMITTED_ACHIEVEMENT, TET_COVERAGE);

    private UnitOverviews() {
    }

    public static UnitOverview of(DashboardData snapshot, Federation federation, int year, UnitLookups lookups) {
        Map<String, String> grades = snapshot.grades().unitGrades();
        List<UnitOverview.Column> columns = new ArrayList<>(List.of(
                new UnitOverview.Column("Tham gia " + (year - 1), false),
                new UnitOverview.Column("Tham gia " + year, true),
                new UnitOverview.Column("Thay đổi (điểm)", false)));
        FIGURES.values().forEach(h -> columns.add(new UnitOverview.Column(h, false)));
        columns.add(new UnitOverview.Column("Báo cáo", true));
        if (!grades.isEmpty()) {
            columns.add(new UnitOverview.Column("Xếp loại " + year, true));
        }
        // clusters in code order, units without one last
        Map<String, List<UnitOverview.Line>> byCluster = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (OrgUnitRow u : federation.units()) {
            String cluster = u.cluster() == null || u.cluster().isBlank() ? null : u.cluster();
            byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(line(snapshot, u, lookups, grades));
        }
        List<UnitOverview.Group> groups = new ArrayList<>();
        byCluster.forEach((code, lines) -> groups.add(new UnitOverview.Group(code, code == null
                ? "Chưa thuộc cụm, khối thi đua nào" : lookups.clusterNames().getOrDefault(code, "Cụm, khối " + code), lines)));
        return new UnitOverview(columns, groups);
    }

    private static UnitOverview.Line line(DashboardData snapshot, OrgUnitRow u, UnitLookups lookups,
                                          Map<String, String> grades) {
        List<TableCell> cells = new ArrayList<>();
        IndicatorValueRow p = lookups.value(PARTICIPATION_RATE, u.code());
        cells.add(TableCell.percent(p == null ? null : p.previousValue()));
        cells.add(TableCell.percent(p == null ? null : p.value()));
        cells.add(TableCell.change(p == null || p.value() == null || p.previousValue() == null ? null
                : p.value() - p.previousValue()));
        for (String code : FIGURES.keySet()) {
            IndicatorValueRow v = lookups.value(code, u.code());
            cells.add(Labels.measure(snapshot, code).cell(v == null ? null : v.value()));
        }
        Map<Integer, ReportStatus> reports = new LinkedHashMap<>();
        lookups.reporting().phases().forEach(ph -> reports.put(ph, lookups.reporting().status(u.code(), ph)));
        cells.add(TableCell.text(ReportSummary.of(reports)));
        if (!grades.isEmpty()) {
            String grade = grades.get(u.code());
            // "Hoàn thành xuất sắc nhiệm vụ" → "Hoàn thành xuất sắc": the column stays narrow
            cells.add(TableCell.text(grade == null ? TableCell.NO_CHANGE : grade.replaceFirst(" nhiệm vụ$", "")));
        }
        return new UnitOverview.Line(u.code(), UnitNames.tidy(Objects.toString(u.name(), u.code())), cells);
    }
}
