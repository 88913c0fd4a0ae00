package vn.thidua.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Titles, fields and authors of initiatives, invented from templates that match the kind of unit
 * (a school improves teaching, a commune its one-stop desk, a firm its production line).
 */
final class InitiativeText {
    private InitiativeText() {}

    record Text(String title, String field, String authors) {}

    private static final List<String> FAMILY = List.of("Nông", "Hoàng", "Triệu", "Lý", "Hà", "Ma", "Lục", "Đàm", "Bế",
            "Dương", "Lường", "Lộc", "Nguyễn", "Trần", "Phạm", "Vi", "Đinh", "Hứa", "Lâm", "Mã");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Minh", "Thanh", "Thu", "Hồng", "Ngọc",
            "Quang", "Xuân", "Kim", "Hải", "Thị Thu", "Văn Hải");
    private static final List<String> GIVEN = List.of("Hùng", "Lan", "Hương", "Tuấn", "Thảo", "Dũng", "Hà", "Mai", "Long",
            "Sơn", "Hoa", "Bình", "Cường", "Duyên", "Giang", "Hạnh", "Khánh", "Linh", "Nga", "Phương", "Quỳnh", "Thắng",
            "Trang", "Tú", "Vân", "Yến", "Hiền", "Thủy", "Hậu", "Chiến");

    private static final List<String> SCHOOL = List.of(
            "Một số biện pháp nâng cao chất lượng dạy học môn %s lớp %d",
            "Giải pháp duy trì sĩ số học sinh ở vùng đặc biệt khó khăn",
            "Ứng dụng công nghệ thông tin trong quản lý học sinh bán trú",
            "Xây dựng thư viện xanh, thân thiện trong nhà trường",
            "Biện pháp giáo dục kỹ năng sống cho học sinh dân tộc thiểu số",
            "Tổ chức hoạt động trải nghiệm gắn với văn hóa địa phương");
    private static final List<String> SUBJECTS = List.of("Toán", "Tiếng Việt", "Tiếng Anh", "Khoa học", "Ngữ văn", "Lịch sử");
    private static final List<String> HEALTH = List.of(
            "Cải tiến quy trình tiếp đón người bệnh tại khoa Khám bệnh",
            "Giải pháp nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
            "Quản lý người bệnh tăng huyết áp tại tuyến xã",
            "Ứng dụng bệnh án điện tử trong điều trị nội trú",
            "Rút ngắn thời gian chờ xét nghiệm cho người bệnh ngoại trú");
    private static final List<String> ADMIN = List.of(
            "Số hóa hồ sơ lưu trữ tại bộ phận một cửa",
            "Ứng dụng chữ ký số trong xử lý văn bản điện tử",
            "Rút ngắn thời gian giải quyết thủ tục %s",
            "Xây dựng cơ sở dữ liệu đoàn viên công đoàn cơ sở",
            "Tuyên truyền cải cách hành chính qua mạng xã hội Zalo");
    private static final List<String> PROCEDURES = List.of("đăng ký hộ tịch", "chứng thực", "cấp giấy chứng nhận quyền sử dụng đất",
            "đăng ký kinh doanh hộ cá thể");
    private static final List<String> BUSINESS = List.of(
            "Cải tiến %s giúp tiết kiệm %s",
            "Hợp lý hóa quy trình %s",
            "Giải pháp bảo đảm an toàn, vệ sinh lao động tại %s",
            "Tận dụng phế phẩm trong %s");
    private static final List<String> PROCESSES = List.of("dây chuyền xẻ gỗ", "máy nghiền đá", "dây chuyền chế biến miến dong",
            "quy trình đóng gói sản phẩm", "dây chuyền may", "hệ thống sấy nông sản", "kho vật tư");
    private static final List<String> SAVINGS = List.of("điện năng", "nguyên liệu", "nhân công", "chi phí vận chuyển");

    /** @param seedYear the phase's year as {@link Years#seedYear} keys it, so the text does not depend on the year */
    static Text invent(long seed, OrgUnit unit, Initiative i, int seedYear, int phase) {
        SplittableRandom r = Seeds.rng(seed, unit.code(), "initiative-text", seedYear, phase, i.seq());
        String n = unit.name();
        String title;
        String field;
        if (unit.enterprise()) {
            String t = Seeds.pick(r, BUSINESS);
            title = String.format(t, Seeds.pick(r, PROCESSES), Seeds.pick(r, SAVINGS));
            field = t.contains("an toàn") ? "An toàn, vệ sinh lao động" : "Sản xuất, kinh doanh";
        } else if (n.contains("Trường") || n.contains("Giáo dục")) {
            title = String.format(Seeds.pick(r, SCHOOL), Seeds.pick(r, SUBJECTS), 1 + r.nextInt(9));
            field = "Giáo dục và đào tạo";
        } else if (n.contains("Y tế") || n.contains("Bệnh viện") || n.contains("Phòng khám")) {
            title = Seeds.pick(r, HEALTH);
            field = "Y tế";
        } else {
            title = String.format(Seeds.pick(r, ADMIN), Seeds.pick(r, PROCEDURES));
            field = title.startsWith("Số hóa") || title.contains("điện tử") || title.contains("dữ liệu")
                    ? "Chuyển đổi số" : "Cải cách hành chính";
        }
        int authors = 1 + r.nextInt(3);
        StringBuilder a = new StringBuilder();
        for (int k = 0; k < authors; k++) {
            a.append(k > 0 ? ", " : "").append(Seeds.pick(r, FAMILY)).append(' ').append(Seeds.pick(r, MIDDLE))
                    .append(' ').append(Seeds.pick(r, GIVEN));
        }
        return new Text(title, field, a.toString());
    }
}
