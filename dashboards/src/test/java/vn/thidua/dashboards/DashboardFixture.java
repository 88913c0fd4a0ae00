package vn.thidua.dashboards;

import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.evaluation.GradeCountRow;
import vn.thidua.warehouse.snapshot.ClusterRow;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.MovementRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;
import vn.thidua.warehouse.snapshot.OrgUnitRow;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.warehouse.Warehouse;
import vn.thidua.warehouse.parquet.ParquetTables;
import vn.thidua.warehouse.table.Table;
import vn.thidua.warehouse.table.Tables;

/**
 * A plausible Bắc Kạn 2024 for the dashboard's tests: every indicator of the catalogue at every level and
 * phase, fixed by a seed so that tests can name the figures, published as a snapshot through the warehouse's
 * own {@link vn.thidua.warehouse.SnapshotFixture} (the layout is written once, there). Levels are not summed
 * from each other: these tests check the drawing of figures, not the analytics that computes them.
 */
public final class DashboardFixture {

    public static final String RUN_ID = "20250110T083000-ab12cd";
    public static final String PROVINCE = "BK";

    /** code, label_vi, label_en, unit, scale: the sample catalogue, some labels shortened for the tests. */
    public static final List<String[]> INDICATORS = List.of(
            new String[] {"participation_rate", "Tỷ lệ đoàn viên đăng ký thi đua", "Emulation registration rate", "percent", "100"},
            new String[] {"good_creative_labour_rate", "Tỷ lệ tham gia phong trào \"Lao động giỏi, Lao động sáng tạo\"", "Good and creative labour", "percent", "100"},
            new String[] {"good_advice_service_rate", "Tỷ lệ tham gia phong trào \"Tham mưu giỏi, phục vụ tốt\"", "Good advice, good service", "percent", "100"},
            new String[] {"provincial_movements_rate", "Tỷ lệ tham gia các phong trào thi đua của tỉnh", "Provincial movements", "percent", "100"},
            new String[] {"members", "Tổng số đoàn viên", "Union members", "person", "1"},
            new String[] {"members_admitted", "Số đoàn viên kết nạp mới", "Members admitted", "person", "1"},
            new String[] {"initiatives_registered", "Số sáng kiến đăng ký", "Initiatives registered", "count", "1"},
            new String[] {"initiatives_recognized", "Số sáng kiến được công nhận", "Initiatives recognised", "count", "1"},
            new String[] {"initiatives_applied", "Số sáng kiến đã áp dụng", "Initiatives applied", "count", "1"},
            new String[] {"initiative_benefit_vnd", "Giá trị làm lợi của sáng kiến (đồng)", "Benefit of initiatives (VND)", "vnd", "1"},
            new String[] {"initiatives_per_100_members", "Số sáng kiến trên 100 đoàn viên", "Initiatives per 100 members", "per100", "100"},
            new String[] {"recognition_rate", "Tỷ lệ sáng kiến được công nhận", "Initiative recognition rate", "percent", "100"},
            new String[] {"application_rate", "Tỷ lệ sáng kiến được áp dụng", "Initiative application rate", "percent", "100"},
            new String[] {"tet_coverage", "Tỷ lệ đoàn viên được hỗ trợ Tết", "Tết support coverage", "percent", "100"},
            new String[] {"tet_support_vnd", "Số tiền hỗ trợ Tết (đồng)", "Tết support (VND)", "vnd", "1"},
            new String[] {"hardship_support_recipients", "Số đoàn viên khó khăn được hỗ trợ", "Members in hardship supported", "person", "1"},
            new String[] {"hardship_support_vnd", "Số tiền hỗ trợ đoàn viên khó khăn (đồng)", "Hardship support (VND)", "vnd", "1"},
            new String[] {"union_shelters", "Số nhà Mái ấm Công đoàn", "\"Mái ấm Công đoàn\" houses", "count", "1"},
            new String[] {"dialogues_held", "Số cuộc đối thoại tại nơi làm việc", "Workplace dialogues held", "count", "1"},
            new String[] {"collective_agreements", "Số thỏa ước lao động tập thể được ký kết", "Collective agreements", "count", "1"},
            new String[] {"cadres_trained", "Số cán bộ công đoàn được đào tạo, bồi dưỡng", "Union cadres trained", "person", "1"},
            new String[] {"unions_founded", "Số CĐCS thành lập mới", "Grassroots unions founded", "count", "1"},
            new String[] {"unions_dissolved", "Số CĐCS giải thể", "Grassroots unions dissolved", "count", "1"},
            new String[] {"study_sessions", "Số buổi học tập, quán triệt nghị quyết", "Study sessions", "count", "1"},
            new String[] {"study_attendance", "Số lượt người tham dự học tập", "Study attendance", "person", "1"},
            new String[] {"members_admitted_achievement", "Tỷ lệ hoàn thành chỉ tiêu kết nạp đoàn viên", "Membership target achievement", "percent", "100"},
            new String[] {"initiatives_achievement", "Tỷ lệ hoàn thành chỉ tiêu sáng kiến", "Initiatives target achievement", "percent", "100"},
            new String[] {"unions_founded_achievement", "Tỷ lệ hoàn thành chỉ tiêu thành lập CĐCS", "Union-founding target achievement", "percent", "100"},
            new String[] {"reporting_completeness", "Tỷ lệ báo cáo đầy đủ", "Reporting completeness", "percent", "100"},
            new String[] {"reporting_timeliness", "Tỷ lệ báo cáo đúng hạn", "Reporting timeliness", "percent", "100"});

    /** As the sample's indicators.csv: a figure is an achievement unless it is a dissolution or a support count. */
    static String direction(String indicator) {
        return switch (indicator) {
            case "unions_dissolved" -> "lower_better";
            case "hardship_support_recipients", "hardship_support_vnd" -> "neutral";
            default -> "higher_better";
        };
    }

    /** The movements of both years, as the sample's movements.csv names them. */
    public static final List<MovementRow> MOVEMENTS = List.of(
            new MovementRow(2023, "Phong trào thi đua yêu nước năm 2023", null, null),
            new MovementRow(2024, "Phong trào thi đua yêu nước năm 2024",
                    "Đổi mới, sáng tạo, thi đua đưa Nghị quyết Đại hội XIII Công đoàn Việt Nam, Nghị quyết Đại hội X Công đoàn"
                            + " tỉnh vào cuộc sống, thiết thực lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn"
                            + " Việt Nam",
                    "Tổng kết phong trào thi đua yêu nước năm 2024 và kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam"
                            + " (28/7/1929 – 28/7/2024)"));

    /** Province figures for the whole year that tests quote: code → {2024, 2023}. */
    public static final Map<String, double[]> PROVINCE_YEAR = new LinkedHashMap<>();

    static {
        PROVINCE_YEAR.put("participation_rate", new double[] {87.4, 84.2});
        PROVINCE_YEAR.put("reporting_completeness", new double[] {96.3, 93.0});
        PROVINCE_YEAR.put("reporting_timeliness", new double[] {88.0, 85.5});
        PROVINCE_YEAR.put("initiatives_registered", new double[] {1234, 1099});
        PROVINCE_YEAR.put("initiatives_recognized", new double[] {812, 760});
        PROVINCE_YEAR.put("initiatives_applied", new double[] {655, 702});
        PROVINCE_YEAR.put("initiatives_per_100_members", new double[] {5.6, 5.1});
        PROVINCE_YEAR.put("tet_coverage", new double[] {98.5, 99.1});
        PROVINCE_YEAR.put("members_admitted", new double[] {1520, 1520});
    }

    /** The clusters (cụm, khối thi đua) of the units; their names are long on purpose, as the real ones are. */
    public static final Map<String, String> CLUSTERS = new LinkedHashMap<>();

    static {
        CLUSTERS.put("K01", "Khối các CĐCS hành chính sự nghiệp khu vực thành phố Bắc Kạn");
        CLUSTERS.put("K02", "Khối các CĐCS hành chính sự nghiệp các huyện phía Bắc (Ba Bể, Ngân Sơn, Pác Nặm)");
        CLUSTERS.put("K03", "Khối các CĐCS hành chính sự nghiệp các huyện phía Nam (Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì)");
        CLUSTERS.put("K04", "Khối các CĐCS ngành Giáo dục");
        CLUSTERS.put("K05", "Khối các CĐCS ngành Y tế");
        CLUSTERS.put("K06", "Khối các CĐCS cơ quan cấp tỉnh");
        CLUSTERS.put("K07", "Khối doanh nghiệp");
    }

    /** A grassroots unit of the fixture. */
    public record Unit(String code, String name, String parent, String cluster, String type) {
    }

    private final Map<String, String> federations = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private boolean grades;

    public DashboardFixture() {
        federations.put("TPBK", "Liên đoàn Lao động thành phố Bắc Kạn");
        federations.put("BB", "Liên đoàn Lao động huyện Ba Bể");
        federations.put("BT", "Liên đoàn Lao động huyện Bạch Thông");
        federations.put("CD", "Liên đoàn Lao động huyện Chợ Đồn");
        federations.put("CM", "Liên đoàn Lao động huyện Chợ Mới");
        federations.put("NR", "Liên đoàn Lao động huyện Na Rì");
        federations.put("NS", "Liên đoàn Lao động huyện Ngân Sơn");
        federations.put("PN", "Liên đoàn Lao động huyện Pác Nặm");
        federations.put("CDVC", "Công đoàn Viên chức tỉnh");
        federations.put("CDGD", "Công đoàn ngành Giáo dục");
        federations.put("CDYT", "Công đoàn ngành Y tế");
    }

    /** A federation name as it might come from a spreadsheet. */
    public DashboardFixture withFederationName(String code, String name) {
        federations.put(code, name);
        return this;
    }

    /** A unit name as it might come from a spreadsheet (e.g. one that starts with "="). */
    public DashboardFixture withUnitName(String code, String name) {
        unitNames.put(code, name);
        return this;
    }

    /**
     * Also the year-end evaluation of this snapshot ({@code evaluation/RUN_ID/grade_distribution}), as the
     * evaluation module writes it. Province 2024 by the rubric: 12 xuất sắc, 30 tốt, 10 hoàn thành,
     * 2 không hoàn thành (54 graded), 1 without reports, 3 not eligible; 2023 by the same rubric: 9, 31, 12,
     * 2 (and 2 not eligible); 2023 official: 15, 28, 10, 1. Ba Bể 2 of 5 excellent in 2024, 1 in 2023.
     */
    public DashboardFixture withGrades() {
        grades = true;
        return this;
    }

    /** Publishes the snapshot RUN_ID as current (and its evaluation when asked); returns its directory. */
    public Path writeTo(Path warehouse) {
        vn.thidua.warehouse.SnapshotFixture snapshot = vn.thidua.warehouse.SnapshotFixture.in(warehouse).runId(RUN_ID)
                .year(2024).createdAt(Instant.parse("2025-01-10T01:30:00Z")).catalogueVersion("2024.1")
                .watermark(Instant.parse("2025-01-09T10:00:00Z")).dataCutoff(Instant.parse("2025-01-09T09:30:00Z"), true)
                .values(indicatorValues());
        INDICATORS.forEach(a -> snapshot.indicator(new IndicatorRow(a[0], a[1], a[2], a[3], Double.valueOf(a[4]), direction(a[0]))));
        MOVEMENTS.forEach(snapshot::movement);
        orgUnits().forEach(snapshot::orgUnit);
        CLUSTERS.forEach((code, name) -> snapshot.cluster(new ClusterRow(code, name)));
        Path dir = snapshot.publish();
        if (grades) {
            Path evaluation = new Warehouse(warehouse).evaluation(RUN_ID);
            try (ParquetTables parquet = ParquetTables.open()) {
                write(parquet, evaluation, Tables.GRADE_DISTRIBUTION, gradeRows());
                write(parquet, evaluation, Tables.EVALUATION_RESULT, unitGradeRows());
            }
        }
        return dir;
    }

    private static void write(ParquetTables parquet, Path dir, Table table, List<Object[]> rows) {
        parquet.write(dir.resolve(table.name()), table, rows);
    }

    /** Five units per district (two clusters each), four per sector union, four directly under the province. */
    public List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>(federations);
        groups.put(PROVINCE, "Liên đoàn Lao động tỉnh Bắc Kạn");
        for (String fed : groups.keySet()) {
            String place = FixtureNames.place(fed);
            List<String[]> drafts = FixtureNames.units(fed, place);
            for (int i = 0; i < drafts.size(); i++) {
                String code = fed + "." + String.format("%03d", i + 1);
                String name = unitNames.getOrDefault(code, drafts.get(i)[0]);
                units.add(new Unit(code, name, fed, drafts.get(i)[1], drafts.get(i)[2]));
            }
        }
        return units;
    }

    private List<IndicatorValueRow> indicatorValues() {
        List<IndicatorValueRow> rows = new ArrayList<>();
        FixtureFigures figures = new FixtureFigures();
        List<Unit> units = units();
        for (String[] indicator : INDICATORS) {
            String code = indicator[0];
            for (int phase = 0; phase <= 2; phase++) {
                double[] fixed = phase == 0 ? PROVINCE_YEAR.get(code) : null;
                double[] p = fixed != null ? new double[] {fixed[0], fixed[1]}
                        : figures.pair(code, "province", PROVINCE, phase, 679);
                rows.add(value(phase, Level.PROVINCE, PROVINCE, "Liên đoàn Lao động tỉnh Bắc Kạn", code,
                        p[0], p[1], 679, 681));
                Map<String, String> groups = new LinkedHashMap<>(federations);
                groups.put(PROVINCE, "Liên đoàn Lao động tỉnh Bắc Kạn");
                for (var f : groups.entrySet()) {
                    double[] v = figures.pair(code, "federation", f.getKey(), phase, 60);
                    Double current = v[0];
                    Double previous = v[1];
                    if (f.getKey().equals("PN") && code.equals("participation_rate")) {
                        previous = null; // Pác Nặm did not report participation in 2023
                    }
                    if (f.getKey().equals("CDYT") && phase == 2 && code.startsWith("reporting_")) {
                        current = null; // Y tế's phase 2 reports are missing
                    }
                    rows.add(value(phase, Level.FEDERATION, f.getKey(), f.getValue(), code, current, previous, 58, 62));
                }
                for (var c : CLUSTERS.entrySet()) {
                    double[] v = figures.pair(code, "cluster", c.getKey(), phase, 90);
                    rows.add(value(phase, Level.CLUSTER, c.getKey(), c.getValue(), code, v[0], v[1], 88, 90));
                }
                for (Unit u : units) {
                    if (code.startsWith("unions_")) {
                        continue; // founding and dissolving are reported by federations only
                    }
                    double[] v = figures.pair(code, "unit", u.code(), phase, 1);
                    Double current = figures.unitMissing(u.code(), phase) ? null : v[0];
                    rows.add(value(phase, Level.UNIT, u.code(), u.name(), code, current, v[1], current == null ? 0 : 1, 1));
                }
            }
        }
        return rows;
    }

    private static IndicatorValueRow value(int phase, Level level, String code, String name, String indicator,
                                           Double value, Double previous, int reporting, int expected) {
        Double abs = value == null || previous == null ? null : value - previous;
        return new IndicatorValueRow(2024, phase, level, code, name, indicator, value, value == null ? null : 100.0, value,
                2023, previous, abs, abs == null || previous == 0 ? null : abs / previous * 100, reporting, expected);
    }

    private List<OrgUnitRow> orgUnits() {
        List<OrgUnitRow> out = new ArrayList<>();
        out.add(new OrgUnitRow(PROVINCE, "Liên đoàn Lao động tỉnh Bắc Kạn", null, 1, "lien_doan", null, null, null));
        federations.forEach((code, name) -> out.add(new OrgUnitRow(code, name, PROVINCE, 2,
                code.startsWith("CD") && !code.equals("CD") ? "cong_doan_nganh" : "lien_doan", null, null, null)));
        for (Unit u : units()) {
            out.add(new OrgUnitRow(u.code(), u.name(), u.parent(), 3, u.type(), u.cluster(), null, null));
        }
        return out;
    }

    private static final String[][] GRADES = {
            {"xuat_sac", "Hoàn thành xuất sắc nhiệm vụ"}, {"tot", "Hoàn thành tốt nhiệm vụ"},
            {"hoan_thanh", "Hoàn thành nhiệm vụ"}, {"khong_hoan_thanh", "Không hoàn thành nhiệm vụ"},
            {"khong_bao_cao", "Không đánh giá — không báo cáo"}, {"khong_xep_loai", "Không xếp loại — chưa đủ điều kiện"}};

    /** Each unit's grade: the four grades in turn, in the order of {@link #units()}. */
    private List<Object[]> unitGradeRows() {
        List<Object[]> out = new ArrayList<>();
        List<Unit> all = units();
        for (int i = 0; i < all.size(); i++) {
            Object[] row = new Object[Tables.EVALUATION_RESULT.columns().size()];
            row[Tables.EVALUATION_RESULT.columnNames().indexOf("year")] = 2024;
            row[Tables.EVALUATION_RESULT.columnNames().indexOf("org_unit_code")] = all.get(i).code();
            row[Tables.EVALUATION_RESULT.columnNames().indexOf("grade")] = GRADES[i % 4][0];
            row[Tables.EVALUATION_RESULT.columnNames().indexOf("grade_label_vi")] = GRADES[i % 4][1];
            out.add(row);
        }
        return out;
    }

    private List<Object[]> gradeRows() {
        List<Object[]> out = new ArrayList<>();
        out.addAll(grades(2024, "rubric", null, "Toàn tỉnh", 12, 30, 10, 2, 1, 3));
        out.addAll(grades(2023, "rubric", null, "Toàn tỉnh", 9, 31, 12, 2, 0, 2));
        out.addAll(grades(2023, "official", null, "Toàn tỉnh", 15, 28, 10, 1, 0, 0));
        out.addAll(grades(2024, "rubric", "BB", federations.get("BB"), 2, 3, 0, 0, 0, 0));
        out.addAll(grades(2023, "rubric", "BB", federations.get("BB"), 1, 3, 1, 0, 0, 0));
        out.addAll(grades(2024, "rubric", "TPBK", federations.get("TPBK"), 1, 3, 1, 0, 0, 0));
        out.addAll(grades(2023, "rubric", "TPBK", federations.get("TPBK"), 2, 3, 0, 0, 0, 0));
        return out;
    }

    private static List<Object[]> grades(int year, String basis, String code, String name, int... units) {
        int graded = units[0] + units[1] + units[2] + units[3];
        List<Object[]> out = new ArrayList<>();
        for (int g = 0; g < GRADES.length; g++) {
            out.add(new GradeCountRow(year, basis, code == null ? "province" : "federation", code, name, GRADES[g][0],
                    GRADES[g][1], g + 1, units[g], graded, g < 4 ? units[g] * 100.0 / graded : null,
                    basis.equals("rubric") ? "2024.1-mac-dinh" : null, RUN_ID).cells());
        }
        return out;
    }

    /**
     * An in-memory snapshot of only the indicators, rows and units given: for tests of one sentence, one table or
     * one chart, where the figures must be exactly the ones the test names.
     */
    public static vn.thidua.dashboards.data.DashboardData inMemory(List<IndicatorRow> indicators,
                                                                  List<IndicatorValueRow> values, List<OrgUnitRow> units) {
        Map<String, IndicatorRow> byCode = new LinkedHashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        Map<String, OrgUnitRow> unitsByCode = new LinkedHashMap<>();
        units.forEach(u -> unitsByCode.put(u.code(), u));
        return new vn.thidua.dashboards.data.DashboardData(RUN_ID, Path.of("."), null, values, byCode, unitsByCode);
    }

    /** A catalogue row: unit {@code percent}, {@code count}, {@code person}, {@code vnd}; direction as in §1. */
    public static IndicatorRow indicator(String code, String label, String unit, String direction) {
        return new IndicatorRow(code, label, label, unit, unit.equals("percent") ? 100.0 : 1.0, direction);
    }

    /** One figure of 2024 against 2023, with its terms (a target's achievement: numerator over the target). */
    public static IndicatorValueRow figure(int phase, Level level, String org, String indicator, Double numerator,
                                           Double denominator, Double value, Double previous) {
        Double abs = value == null || previous == null ? null : value - previous;
        return new IndicatorValueRow(2024, phase, level, org, org, indicator, numerator, denominator, value, 2023,
                previous, abs, abs == null || previous == 0 ? null : abs / previous * 100, 1, 1);
    }
}
