package vn.thidua.sampledata;

import java.util.List;

/** The cross-field rules, indicators and catalogue version written to {@code reference/}. */
final class Catalogue {
    static final String VERSION = "2024.3";

    record Rule(String code, String left, String operator, String right, String messageVi) {}

    record Indicator(String code, String labelVi, String labelEn, String numerator, String denominator,
                     int scale, String unit) {}

    static final List<Rule> RULES = List.of(
            new Rule("emulation_le_members", "emulation_registered", "<=", "members",
                    "Số đoàn viên đăng ký thi đua không được lớn hơn số đoàn viên"),
            new Rule("good_creative_labour_le_members", "participants_good_creative_labour", "<=", "members",
                    "Số người tham gia phong trào \"Lao động giỏi, Lao động sáng tạo\" không được lớn hơn số đoàn viên"),
            new Rule("good_advice_service_le_members", "participants_good_advice_service", "<=", "members",
                    "Số người tham gia phong trào \"Tham mưu giỏi, phục vụ tốt\" không được lớn hơn số đoàn viên"),
            new Rule("provincial_movements_le_members", "participants_provincial_movements", "<=", "members",
                    "Số người tham gia các phong trào thi đua của tỉnh không được lớn hơn số đoàn viên"),
            new Rule("recognized_le_registered", "initiatives_recognized", "<=", "initiatives_registered",
                    "Số sáng kiến được công nhận không được lớn hơn số sáng kiến đăng ký"),
            new Rule("applied_le_recognized", "initiatives_applied", "<=", "initiatives_recognized",
                    "Số sáng kiến được áp dụng không được lớn hơn số sáng kiến được công nhận"),
            new Rule("tet_recipients_le_workforce", "tet_support_recipients", "<=", "members+workers",
                    "Số người được hỗ trợ Tết không được lớn hơn tổng số đoàn viên và người lao động"),
            new Rule("hardship_recipients_le_workforce", "hardship_support_recipients", "<=", "members+workers",
                    "Số người được hỗ trợ khó khăn không được lớn hơn tổng số đoàn viên và người lao động"));

    static final List<Indicator> INDICATORS = List.of(
            rate("participation_rate", "Tỷ lệ đoàn viên đăng ký thi đua", "Emulation participation rate",
                    "emulation_registered", "members"),
            rate("good_creative_labour_rate", "Tỷ lệ tham gia phong trào \"Lao động giỏi, Lao động sáng tạo\"",
                    "Participation in \"Good and creative labour\"", "participants_good_creative_labour", "members"),
            rate("good_advice_service_rate", "Tỷ lệ tham gia phong trào \"Tham mưu giỏi, phục vụ tốt\"",
                    "Participation in \"Good advice, good service\"", "participants_good_advice_service", "members"),
            rate("provincial_movements_rate", "Tỷ lệ tham gia các phong trào thi đua của tỉnh",
                    "Participation in the provincial movements", "participants_provincial_movements", "members"),
            total("members", "Tổng số đoàn viên", "Union members", "person"),
            total("members_admitted", "Số đoàn viên kết nạp mới", "New members admitted", "person"),
            total("initiatives_registered", "Số sáng kiến đăng ký", "Initiatives registered", "count"),
            total("initiatives_recognized", "Số sáng kiến được công nhận", "Initiatives recognised", "count"),
            total("initiatives_applied", "Số sáng kiến được áp dụng", "Initiatives applied", "count"),
            total("initiative_benefit_vnd", "Giá trị làm lợi của sáng kiến (đồng)", "Benefit of initiatives (VND)", "vnd"),
            new Indicator("initiatives_per_100_members", "Số sáng kiến trên 100 đoàn viên", "Initiatives per 100 members",
                    "initiatives_registered", "members", 100, "per100"),
            rate("recognition_rate", "Tỷ lệ sáng kiến được công nhận", "Initiative recognition rate",
                    "initiatives_recognized", "initiatives_registered"),
            rate("application_rate", "Tỷ lệ sáng kiến được áp dụng", "Initiative application rate",
                    "initiatives_applied", "initiatives_recognized"),
            rate("tet_coverage", "Tỷ lệ đoàn viên, người lao động được hỗ trợ Tết", "Tết support coverage",
                    "tet_support_recipients", "members+workers"),
            total("tet_support_vnd", "Số tiền hỗ trợ Tết (đồng)", "Tết support (VND)", "vnd"),
            total("hardship_support_recipients", "Số đoàn viên khó khăn được hỗ trợ", "Members in hardship supported", "person"),
            total("hardship_support_vnd", "Số tiền hỗ trợ đoàn viên khó khăn (đồng)", "Hardship support (VND)", "vnd"),
            total("union_shelters", "Số nhà Mái ấm Công đoàn", "\"Mái ấm Công đoàn\" houses", "count"),
            total("dialogues_held", "Số cuộc đối thoại tại nơi làm việc", "Workplace dialogues held", "count"),
            total("collective_agreements", "Số thỏa ước lao động tập thể được ký kết", "Collective labour agreements signed", "count"),
            total("cadres_trained", "Số cán bộ công đoàn được đào tạo, bồi dưỡng", "Union cadres trained", "person"),
            total("unions_founded", "Số CĐCS thành lập mới", "Grassroots unions founded", "count"),
            total("unions_dissolved", "Số CĐCS giải thể", "Grassroots unions dissolved", "count"),
            total("study_sessions", "Số buổi học tập, quán triệt nghị quyết", "Study sessions on the resolutions", "count"),
            total("study_attendance", "Số lượt người tham dự học tập", "Study attendance (person-times)", "person"),
            rate("members_admitted_achievement", "Tỷ lệ hoàn thành chỉ tiêu kết nạp đoàn viên",
                    "Achievement of the membership target", "members_admitted", "target.members_admitted"),
            rate("initiatives_achievement", "Tỷ lệ hoàn thành chỉ tiêu sáng kiến",
                    "Achievement of the initiatives target", "initiatives_registered", "target.initiatives_registered"),
            rate("unions_founded_achievement", "Tỷ lệ hoàn thành chỉ tiêu thành lập CĐCS",
                    "Achievement of the union-founding target", "unions_founded", "target.unions_founded"),
            new Indicator("members_admitted_target_met", "Tỷ lệ CĐCS đạt chỉ tiêu kết nạp đoàn viên",
                    "Share of unions that met the membership target", "target_met.members_admitted",
                    "target_assessed.members_admitted", 100, "percent"),
            new Indicator("initiatives_target_met", "Tỷ lệ CĐCS đạt chỉ tiêu sáng kiến",
                    "Share of unions that met the initiatives target", "target_met.initiatives_registered",
                    "target_assessed.initiatives_registered", 100, "percent"),
            register("initiatives_registered_register", "Số sáng kiến đăng ký theo sổ sáng kiến",
                    "Initiatives registered (registers)", "register.registered", "count"),
            register("initiatives_recognized_register", "Số sáng kiến được công nhận theo sổ sáng kiến",
                    "Initiatives recognised (registers)", "register.recognized", "count"),
            register("initiatives_applied_register", "Số sáng kiến được áp dụng theo sổ sáng kiến",
                    "Initiatives applied (registers)", "register.applied", "count"),
            register("initiative_benefit_register_vnd", "Giá trị làm lợi theo sổ sáng kiến (đồng)",
                    "Benefit of initiatives (registers, VND)", "register.benefit_vnd", "vnd"),
            register("initiatives_registered_gap", "Chênh lệch số sáng kiến đăng ký (báo cáo trừ sổ sáng kiến)",
                    "Initiatives registered: report minus registers", "initiatives_registered-register.registered", "count"),
            register("initiatives_recognized_gap", "Chênh lệch số sáng kiến được công nhận (báo cáo trừ sổ sáng kiến)",
                    "Initiatives recognised: report minus registers", "initiatives_recognized-register.recognized", "count"),
            register("initiatives_applied_gap", "Chênh lệch số sáng kiến được áp dụng (báo cáo trừ sổ sáng kiến)",
                    "Initiatives applied: report minus registers", "initiatives_applied-register.applied", "count"),
            rate("reporting_completeness", "Tỷ lệ đơn vị gửi báo cáo", "Reporting completeness", "reported", "expected"),
            rate("reporting_timeliness", "Tỷ lệ đơn vị gửi báo cáo đúng hạn", "Reporting timeliness", "on_time", "expected"));

    private Catalogue() {}

    /**
     * Which way each indicator is good (indicators.csv {@code direction}): dissolutions are better fewer;
     * support to members in hardship, the registers' own counts and the gaps are stated, not praised.
     */
    static String direction(Indicator indicator) {
        String code = indicator.code();
        if (code.equals("unions_dissolved")) {
            return "lower_better";
        }
        if (code.startsWith("hardship_support") || code.endsWith("_register") || code.endsWith("_register_vnd")
                || code.endsWith("_gap")) {
            return "neutral";
        }
        return "higher_better";
    }

    private static Indicator rate(String code, String vi, String en, String numerator, String denominator) {
        return new Indicator(code, vi, en, numerator, denominator, 100, "percent");
    }

    /** A total over the initiative registers, or a submitted figure minus its register count. */
    private static Indicator register(String code, String vi, String en, String numerator, String unit) {
        return new Indicator(code, vi, en, numerator, "", 1, unit);
    }

    private static Indicator total(String code, String vi, String en, String unit) {
        return new Indicator(code, vi, en, code, "", 1, unit);
    }
}
