package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.ClusterNames;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A federation's grassroots units with their figures for the whole year, and their grade once the
 * year-end evaluation has run. Headers are short on purpose (ten columns must fit a laptop screen); the
 * method section and the catalogue give the full meaning.
 */
public final class UnitTable {

    /** The indicator columns after the participation pair: code and short header. */
    public static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(INITIATIVES_REGISTERED, "Sáng kiến đăng ký");
        COLUMNS.put(INITIATIVES_PER_100_MEMBERS, "Sáng kiến / 100 ĐV");
        COLUMNS.put(MEMBERS_ADMITTED, "Kết nạp ĐV");
        COLUMNS.put(MEMBERS_ADMITTED_ACHIEVEMENT, "Chỉ tiêu kết nạp (%)");
        COLUMNS.put(TET_COVERAGE, "Hỗ trợ Tết (%)");
        COLUMNS.put(REPORTING_COMPLETENESS, "Báo cáo đủ (%)");
    }

    private UnitTable() {
    }

    public static DataTable of(DashboardData snapshot, Federation federation, int year) {
        int phase = IndicatorValueRow.WHOLE_YEAR;
        Map<String, IndicatorValueRow> participation = snapshot.byOrgUnit(PARTICIPATION_RATE, Level.UNIT, phase);
        Map<String, String> clusters = ClusterNames.of(snapshot);
        Map<String, Map<String, IndicatorValueRow>> columns = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(code -> columns.put(code, snapshot.byOrgUnit(code, Level.UNIT, phase)));

        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Cụm, khối", "Tham gia " + (year - 1) + " (%)",
                "Tham gia " + year + " (%)", "Thay đổi (điểm)"));
        headers.addAll(COLUMNS.values());
        // once the year-end evaluation has graded this snapshot, each unit's grade closes its row
        Map<String, String> grades = snapshot.grades().unitGrades();
        // a unit given no target reads "không giao chỉ tiêu", never as a missing figure
        java.util.Set<String> noTarget = Targets.withoutTarget(snapshot, MEMBERS_ADMITTED_ACHIEVEMENT, Level.UNIT,
                federation.units().stream().map(OrgUnitRow::code).toList());
        if (!grades.isEmpty()) {
            headers.add("Xếp loại " + year);
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (OrgUnitRow u : federation.units()) {
            IndicatorValueRow p = participation.get(u.code());
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.text(UnitNames.tidy(Objects.toString(u.name(), u.code()))));
            row.add(TableCell.text(u.cluster() == null ? "" : clusters.getOrDefault(u.cluster(), u.cluster())));
            row.add(TableCell.percent(p == null ? null : p.previousValue()));
            row.add(TableCell.percent(p == null ? null : p.value()));
            row.add(TableCell.change(p == null || p.value() == null || p.previousValue() == null ? null
                    : p.value() - p.previousValue()));
            for (var column : columns.entrySet()) {
                Measure measure = Labels.measure(snapshot, column.getKey());
                IndicatorValueRow v = column.getValue().get(u.code());
                boolean noTargetSet = column.getKey().equals(MEMBERS_ADMITTED_ACHIEVEMENT) && noTarget.contains(u.code());
                row.add(noTargetSet ? TableCell.text(Targets.NO_TARGET) : measure.cell(v == null ? null : v.value()));
            }
            if (!grades.isEmpty()) {
                row.add(TableCell.text(grades.getOrDefault(u.code(), "")));
            }
            rows.add(row);
        }
        return new DataTable("Các CĐCS của " + federation.name(), headers, rows);
    }
}
