package vn.thidua.sampledata;

import java.util.List;
import java.util.Locale;

/**
 * The metric catalogue written to {@code reference/metrics.csv}. Declaration order is the column order
 * of every submission and of the analytics input, so it must not be reordered.
 *
 * <p>The four participation metrics are {@code stock}: "how many members have registered" is a head
 * count at the end of the phase, and summing it over two phases would give participation above 100 %.
 */
enum Metric {
    MEMBERS("Số đoàn viên", "Union members", "person", "stock", 100_000L, 50, true,
            "Tổng số đoàn viên|Đoàn viên|Số ĐV"),
    WORKERS("Số người lao động chưa là đoàn viên", "Workers not yet union members", "person", "stock", 100_000L, 200, false,
            "Người lao động chưa là đoàn viên|Số NLĐ chưa là ĐV|Lao động chưa vào công đoàn"),
    MEMBERS_ADMITTED("Số đoàn viên kết nạp mới", "New members admitted", "person", "flow", 100_000L, 200, false,
            "Đoàn viên kết nạp mới|Số ĐV kết nạp mới|Kết nạp mới"),
    EMULATION_REGISTERED("Số đoàn viên đăng ký thi đua", "Members registered for emulation", "person", "stock", 100_000L, 200, false,
            "Đăng ký thi đua|Số ĐV đăng ký thi đua"),
    PARTICIPANTS_GOOD_CREATIVE_LABOUR("Số người tham gia phong trào \"Lao động giỏi, Lao động sáng tạo\"",
            "Participants in \"Good and creative labour\"", "person", "stock", 100_000L, 200, false,
            "Lao động giỏi, Lao động sáng tạo|Tham gia LĐG, LĐST"),
    PARTICIPANTS_GOOD_ADVICE_SERVICE("Số người tham gia phong trào \"Tham mưu giỏi, phục vụ tốt\"",
            "Participants in \"Good advice, good service\"", "person", "stock", 100_000L, 200, false,
            "Tham mưu giỏi, phục vụ tốt|Tham gia TMG, PVT"),
    PARTICIPANTS_PROVINCIAL_MOVEMENTS("Số người tham gia các phong trào thi đua của tỉnh",
            "Participants in the provincial movements", "person", "stock", 100_000L, 200, false,
            "Tham gia các phong trào của tỉnh|Phong trào thi đua của tỉnh"),
    INITIATIVES_REGISTERED("Số sáng kiến đăng ký", "Initiatives registered", "count", "flow", 10_000L, 300, false,
            "Sáng kiến đăng ký|SK đăng ký"),
    INITIATIVES_RECOGNIZED("Số sáng kiến được công nhận", "Initiatives recognised", "count", "flow", 10_000L, 300, false,
            "Sáng kiến được công nhận|SK được công nhận"),
    INITIATIVES_APPLIED("Số sáng kiến được áp dụng", "Initiatives applied", "count", "flow", 10_000L, 300, false,
            "Sáng kiến được áp dụng|SK được áp dụng"),
    INITIATIVE_BENEFIT_VND("Giá trị làm lợi của sáng kiến (đồng)", "Benefit of initiatives (VND)", "vnd", "flow",
            50_000_000_000L, null, false, "Giá trị làm lợi (đồng)|Giá trị làm lợi"),
    STUDY_SESSIONS("Số buổi học tập, quán triệt nghị quyết", "Study sessions on the resolutions", "session", "flow",
            1_000L, 200, false, "Số buổi học tập|Số buổi quán triệt"),
    STUDY_ATTENDANCE("Số lượt người tham dự học tập", "Study attendance (person-times)", "person", "flow",
            100_000L, 200, false, "Lượt người tham dự học tập|Số lượt tham dự"),
    TET_SUPPORT_RECIPIENTS("Số đoàn viên, người lao động được hỗ trợ Tết", "Members and workers given Tết support",
            "person", "flow", 100_000L, null, false, "Số người được hỗ trợ Tết|Hỗ trợ Tết (người)"),
    TET_SUPPORT_VND("Số tiền hỗ trợ Tết (đồng)", "Tết support (VND)", "vnd", "flow", 50_000_000_000L, null, false,
            "Tiền hỗ trợ Tết|Hỗ trợ Tết (đồng)"),
    HARDSHIP_SUPPORT_RECIPIENTS("Số đoàn viên khó khăn được hỗ trợ", "Members in hardship supported", "person", "flow",
            100_000L, 200, false, "Số ĐV khó khăn được hỗ trợ|Hỗ trợ khó khăn (người)"),
    HARDSHIP_SUPPORT_VND("Số tiền hỗ trợ đoàn viên khó khăn (đồng)", "Hardship support (VND)", "vnd", "flow",
            50_000_000_000L, 200, false, "Tiền hỗ trợ khó khăn|Hỗ trợ khó khăn (đồng)"),
    UNION_SHELTERS("Số nhà Mái ấm Công đoàn", "\"Mái ấm Công đoàn\" houses", "count", "flow", 100L, null, false,
            "Mái ấm Công đoàn|Nhà Mái ấm CĐ"),
    DIALOGUES_HELD("Số cuộc đối thoại tại nơi làm việc", "Workplace dialogues held", "count", "flow", 1_000L, null, false,
            "Đối thoại tại nơi làm việc|Số cuộc đối thoại"),
    COLLECTIVE_AGREEMENTS("Số thỏa ước lao động tập thể được ký kết", "Collective labour agreements signed", "count", "flow",
            100L, null, false, "Thỏa ước lao động tập thể|TƯLĐTT ký kết"),
    CADRES_TRAINED("Số cán bộ công đoàn được đào tạo, bồi dưỡng", "Union cadres trained", "person", "flow",
            100_000L, 200, false, "Cán bộ công đoàn được tập huấn|Số cán bộ được tập huấn"),
    UNIONS_FOUNDED("Số CĐCS thành lập mới", "Grassroots unions founded", "count", "flow", 1_000L, null, false,
            "CĐCS thành lập mới|Thành lập CĐCS"),
    UNIONS_DISSOLVED("Số CĐCS giải thể", "Grassroots unions dissolved", "count", "flow", 1_000L, null, false,
            "CĐCS giải thể|Giải thể CĐCS");

    /** Reported only on the level-2 federation's own row, never on a grassroots row. */
    static final List<Metric> FEDERATION_ONLY = List.of(CADRES_TRAINED, UNIONS_FOUNDED, UNIONS_DISSOLVED);
    static final List<Metric> ALL = List.of(values());
    static final int COUNT = ALL.size();

    final String labelVi;
    final String labelEn;
    final String unit;
    final String kind;
    final Long maxValue;
    final Integer maxChangePct;
    final boolean required;
    final List<String> aliases;

    Metric(String labelVi, String labelEn, String unit, String kind, Long maxValue, Integer maxChangePct,
           boolean required, String aliases) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.unit = unit;
        this.kind = kind;
        this.maxValue = maxValue;
        this.maxChangePct = maxChangePct;
        this.required = required;
        this.aliases = List.of(aliases.split("\\|"));
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every figure is a count or an amount: nothing can be negative. */
    long minValue() {
        return 0;
    }

    static List<Metric> grassrootsMetrics() {
        return ALL.stream().filter(m -> !FEDERATION_ONLY.contains(m)).toList();
    }
}
