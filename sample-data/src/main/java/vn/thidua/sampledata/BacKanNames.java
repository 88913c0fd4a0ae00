package vn.thidua.sampledata;

import java.util.List;

/**
 * Place and agency names of Bắc Kạn used to name the provincial sample's units. They read like the
 * real province; they are not a copy of its register.
 */
final class BacKanNames {
    private BacKanNames() {}

    /**
     * The city and the seven districts: schedule key, name used after an agency's name, federation name,
     * file slug, communes (with their kind: xã, phường, thị trấn) and the number of grassroots unions.
     */
    record District(String key, String name, String federationName, String slug, List<String> communes, int units) {}

    static final List<District> DISTRICTS = List.of(
            new District("TP", "thành phố Bắc Kạn", "Liên đoàn Lao động thành phố Bắc Kạn", "ldld-thanh-pho-bac-kan",
                    List.of("phường Đức Xuân", "phường Nguyễn Thị Minh Khai", "phường Sông Cầu", "phường Phùng Chí Kiên",
                            "phường Huyền Tụng", "phường Xuất Hóa", "xã Dương Quang", "xã Nông Thượng"), 80),
            new District("BB", "huyện Ba Bể", "Liên đoàn Lao động huyện Ba Bể", "ldld-ba-be",
                    communes("thị trấn Chợ Rã", "Nam Mẫu", "Khang Ninh", "Cao Thượng", "Quảng Khê", "Hà Hiệu", "Địa Linh",
                            "Yến Dương", "Chu Hương", "Mỹ Phương", "Hoàng Trĩ", "Bành Trạch", "Phúc Lộc", "Thượng Giáo",
                            "Đồng Phúc"), 66),
            new District("BT", "huyện Bạch Thông", "Liên đoàn Lao động huyện Bạch Thông", "ldld-bach-thong",
                    communes("thị trấn Phủ Thông", "Cẩm Giàng", "Quân Hà", "Nguyên Phúc", "Lục Bình", "Mỹ Thanh", "Tân Tú",
                            "Sĩ Bình", "Vũ Muộn", "Cao Sơn", "Dương Phong", "Quang Thuận", "Đôn Phong", "Vi Hương"), 58),
            new District("CD", "huyện Chợ Đồn", "Liên đoàn Lao động huyện Chợ Đồn", "ldld-cho-don",
                    communes("thị trấn Bằng Lũng", "Bằng Lãng", "Bình Trung", "Đại Sảo", "Đồng Thắng", "Lương Bằng",
                            "Nam Cường", "Nghĩa Tá", "Ngọc Phái", "Phương Viên", "Quảng Bạch", "Tân Lập", "Xuân Lạc",
                            "Yên Mỹ", "Yên Phong", "Yên Thịnh", "Yên Thượng", "Bằng Phúc", "Bản Thi", "Đồng Lạc"), 80),
            new District("CM", "huyện Chợ Mới", "Liên đoàn Lao động huyện Chợ Mới", "ldld-cho-moi",
                    communes("thị trấn Đồng Tâm", "Bình Văn", "Cao Kỳ", "Hòa Thành", "Mai Lạp", "Nông Hạ", "Quảng Chu",
                            "Tân Sơn", "Thanh Mai", "Thanh Thịnh", "Thanh Vận", "Yên Cư", "Yên Hân", "Như Cố", "Yên Đĩnh"), 60),
            new District("NR", "huyện Na Rì", "Liên đoàn Lao động huyện Na Rì", "ldld-na-ri",
                    communes("thị trấn Yến Lạc", "Côn Minh", "Cư Lễ", "Cường Lợi", "Dương Sơn", "Đổng Xá", "Kim Hỷ",
                            "Kim Lư", "Lạng San", "Liêm Thủy", "Lương Thượng", "Quang Phong", "Sơn Thành", "Trần Phú",
                            "Văn Lang", "Văn Minh", "Xuân Dương", "Văn Vũ"), 68),
            new District("NS", "huyện Ngân Sơn", "Liên đoàn Lao động huyện Ngân Sơn", "ldld-ngan-son",
                    communes("thị trấn Vân Tùng", "thị trấn Nà Phặc", "Bằng Vân", "Cốc Đán", "Đức Vân", "Hiệp Lực",
                            "Thượng Quan", "Thượng Ân", "Thuần Mang", "Trung Hòa", "Lãng Ngâm"), 52),
            new District("PN", "huyện Pác Nặm", "Liên đoàn Lao động huyện Pác Nặm", "ldld-pac-nam",
                    communes("Bộc Bố", "An Thắng", "Bằng Thành", "Cao Tân", "Cổ Linh", "Công Bằng", "Giáo Hiệu",
                            "Nghiên Loan", "Nhạn Môn", "Xuân La"), 46));

    /** "Nam Mẫu" becomes "xã Nam Mẫu"; names that already say thị trấn/phường are kept. */
    private static List<String> communes(String... names) {
        return java.util.Arrays.stream(names).map(n -> n.startsWith("thị trấn ") || n.startsWith("phường ") ? n : "xã " + n).toList();
    }

    /** "xã Nam Mẫu" to "Nam Mẫu", for school names. */
    static String bare(String commune) {
        return commune.replaceFirst("^(xã|phường|thị trấn) ", "");
    }

    /** Commune-level public bodies that usually have their own grassroots union. */
    static final List<String> COMMUNE_TEMPLATES = List.of(
            "Công đoàn UBND %1$s", "Công đoàn Trường Mầm non %2$s", "Công đoàn Trường Tiểu học %2$s",
            "Công đoàn Trường THCS %2$s", "Công đoàn Trạm Y tế %1$s");

    static final List<String> DISTRICT_AGENCIES = List.of(
            "Công đoàn cơ quan UBND %s", "Công đoàn cơ quan Khối Đảng %s", "Công đoàn Phòng Giáo dục và Đào tạo %s",
            "Công đoàn Trung tâm Văn hóa, Thể thao và Truyền thông %s", "Công đoàn Ban Quản lý dự án đầu tư xây dựng %s",
            "Công đoàn Hạt Kiểm lâm %s", "Công đoàn Trung tâm Dịch vụ nông nghiệp %s",
            "Công đoàn cơ quan Ủy ban Mặt trận Tổ quốc %s", "Công đoàn Chi cục Thống kê %s",
            "Công đoàn Bảo hiểm xã hội %s", "Công đoàn Kho bạc Nhà nước %s", "Công đoàn Chi cục Thi hành án dân sự %s",
            "Công đoàn Tòa án nhân dân %s", "Công đoàn Viện Kiểm sát nhân dân %s");

    static final List<String> CITY_SCHOOLS = List.of(
            "Công đoàn Trường Mầm non Hoa Sen", "Công đoàn Trường Mầm non Hoa Mai", "Công đoàn Trường Mầm non Hoa Đào",
            "Công đoàn Trường Mầm non Hoa Lan", "Công đoàn Trường Mầm non Tuổi Thơ", "Công đoàn Trường Mầm non Họa Mi",
            "Công đoàn Trường Tiểu học Đức Xuân 2", "Công đoàn Trường Tiểu học Bắc Kạn",
            "Công đoàn Trường THCS Bắc Kạn", "Công đoàn Trường PTDTNT THCS thành phố Bắc Kạn",
            "Công đoàn Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố",
            "Công đoàn Phòng Quản lý đô thị thành phố", "Công đoàn Đội Quản lý trật tự đô thị thành phố",
            "Công đoàn Ban Quản lý chợ Bắc Kạn");

    static final List<String> PROVINCIAL_AGENCIES = List.of(
            "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
            "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Ban Dân tộc tỉnh",
            "Văn phòng UBND tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
            "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Trung tâm Xúc tiến đầu tư tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
            "Báo Bắc Kạn", "Trường Chính trị tỉnh", "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Chăn nuôi và Thú y",
            "Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông tỉnh",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Ban Quản lý Vườn quốc gia Ba Bể",
            "Ban Quản lý Khu bảo tồn thiên nhiên Kim Hỷ", "Trung tâm Công nghệ thông tin và Truyền thông",
            "Trung tâm Kỹ thuật Tài nguyên và Môi trường", "Văn phòng Đăng ký đất đai tỉnh", "Quỹ Phát triển đất tỉnh",
            "Thư viện tỉnh", "Bảo tàng tỉnh", "Trung tâm Văn hóa Nghệ thuật tỉnh", "Trung tâm Huấn luyện và Thi đấu thể thao",
            "Trung tâm Dịch vụ việc làm tỉnh", "Trung tâm Bảo trợ xã hội tỉnh", "Cơ sở Cai nghiện ma túy tỉnh",
            "Trung tâm Trợ giúp pháp lý Nhà nước", "Phòng Công chứng số 1", "Trung tâm Dịch vụ đấu giá tài sản",
            "Ban Quản lý các Khu công nghiệp tỉnh", "Trung tâm Phục vụ hành chính công tỉnh");

    static final List<String> EDUCATION_UNITS = List.of(
            "Trường THPT Chuyên Bắc Kạn", "Trường THPT Bắc Kạn", "Trường THPT Ba Bể", "Trường THPT Quảng Khê",
            "Trường THPT Phủ Thông", "Trường THPT Chợ Đồn", "Trường THPT Bình Trung", "Trường THPT Chợ Mới",
            "Trường THPT Yên Hân", "Trường THPT Na Rì", "Trường THPT Nà Phặc", "Trường THPT Ngân Sơn",
            "Trường THPT Bộc Bố", "Trường THPT Nông Thượng", "Trường PT Dân tộc nội trú tỉnh",
            "Trường PTDTNT THCS và THPT huyện Ba Bể", "Trường PTDTNT THCS và THPT huyện Bạch Thông",
            "Trường PTDTNT THCS và THPT huyện Chợ Đồn", "Trường PTDTNT THCS và THPT huyện Chợ Mới",
            "Trường PTDTNT THCS và THPT huyện Na Rì", "Trường PTDTNT THCS và THPT huyện Ngân Sơn",
            "Trường PTDTNT THCS và THPT huyện Pác Nặm", "Trung tâm GDNN - GDTX huyện Ba Bể",
            "Trung tâm GDNN - GDTX huyện Bạch Thông", "Trung tâm GDNN - GDTX huyện Chợ Đồn",
            "Trung tâm GDNN - GDTX huyện Chợ Mới", "Trung tâm GDNN - GDTX huyện Na Rì",
            "Trung tâm GDNN - GDTX huyện Ngân Sơn", "Trung tâm GDNN - GDTX huyện Pác Nặm",
            "Trung tâm Giáo dục thường xuyên tỉnh", "Trường THCS và THPT Nam Cường", "Trường THCS và THPT Bằng Thành",
            "Trường THCS và THPT Cốc Đán", "Trường Trung cấp Y tế Bắc Kạn", "Văn phòng Sở Giáo dục và Đào tạo",
            "Trường THCS và THPT Cường Lợi", "Trường THPT Cao Kỳ");

    static final List<String> HEALTH_UNITS = List.of(
            "Bệnh viện Đa khoa tỉnh Bắc Kạn", "Bệnh viện Y dược cổ truyền tỉnh", "Bệnh viện Phục hồi chức năng tỉnh",
            "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế thành phố Bắc Kạn", "Trung tâm Y tế huyện Ba Bể",
            "Trung tâm Y tế huyện Bạch Thông", "Trung tâm Y tế huyện Chợ Đồn", "Trung tâm Y tế huyện Chợ Mới",
            "Trung tâm Y tế huyện Na Rì", "Trung tâm Y tế huyện Ngân Sơn", "Trung tâm Y tế huyện Pác Nặm",
            "Trung tâm Pháp y tỉnh", "Trung tâm Giám định y khoa tỉnh", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
            "Văn phòng Sở Y tế", "Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm",
            "Bệnh viện Đa khoa huyện Chợ Mới", "Bệnh viện Đa khoa huyện Ba Bể", "Bệnh viện Đa khoa huyện Ngân Sơn",
            "Trung tâm Cấp cứu 115", "Phòng khám Đa khoa khu vực Nà Phặc", "Phòng khám Đa khoa khu vực Yến Lạc",
            "Phòng khám Đa khoa khu vực Bằng Lũng");

    /** Public bodies directly under the province's federation (central agencies, party and mass organisations). */
    static final List<String> DIRECT_PUBLIC = List.of(
            "Công đoàn Cục Thuế tỉnh", "Công đoàn Kho bạc Nhà nước tỉnh", "Công đoàn Bảo hiểm xã hội tỉnh",
            "Công đoàn Cục Thống kê tỉnh", "Công đoàn Cục Thi hành án dân sự tỉnh", "Công đoàn Tòa án nhân dân tỉnh",
            "Công đoàn Viện Kiểm sát nhân dân tỉnh", "Công đoàn Ngân hàng Nhà nước Chi nhánh tỉnh Bắc Kạn",
            "Công đoàn Trường Cao đẳng Bắc Kạn", "Công đoàn cơ quan Tỉnh ủy", "Công đoàn cơ quan Ủy ban MTTQ tỉnh",
            "Công đoàn cơ quan Tỉnh đoàn", "Công đoàn cơ quan Hội Liên hiệp Phụ nữ tỉnh", "Công đoàn cơ quan Hội Nông dân tỉnh",
            "Công đoàn cơ quan Hội Cựu chiến binh tỉnh", "Công đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
            "Công đoàn cơ quan Hội Chữ thập đỏ tỉnh", "Công đoàn cơ quan Liên minh Hợp tác xã tỉnh",
            "Công đoàn cơ quan Liên đoàn Lao động tỉnh", "Công đoàn Đài Khí tượng Thủy văn tỉnh",
            "Công đoàn Cục Quản lý thị trường tỉnh", "Công đoàn Ban Tổ chức Tỉnh ủy", "Công đoàn Ban Tuyên giáo Tỉnh ủy",
            "Công đoàn Ủy ban Kiểm tra Tỉnh ủy", "Công đoàn Ban Nội chính Tỉnh ủy", "Công đoàn Ban Dân vận Tỉnh ủy",
            "Công đoàn Đảng ủy Khối các cơ quan tỉnh", "Công đoàn Hội Văn học Nghệ thuật tỉnh",
            "Công đoàn Hội Người mù tỉnh", "Công đoàn Trạm Kiểm soát liên hợp tỉnh");

    /** State-owned enterprises and branches directly under the province's federation. */
    static final List<String> DIRECT_STATE_ENTERPRISES = List.of(
            "Công đoàn Điện lực Bắc Kạn", "Công đoàn Viettel Bắc Kạn", "Công đoàn VNPT Bắc Kạn", "Công đoàn Bưu điện tỉnh Bắc Kạn",
            "Công đoàn Agribank Chi nhánh tỉnh Bắc Kạn", "Công đoàn BIDV Chi nhánh Bắc Kạn",
            "Công đoàn Vietinbank Chi nhánh Bắc Kạn", "Công đoàn Vietcombank Chi nhánh Bắc Kạn",
            "Công đoàn Ngân hàng Chính sách xã hội tỉnh", "Công đoàn Ngân hàng Phát triển Chi nhánh Bắc Kạn",
            "Công đoàn Công ty TNHH MTV Xổ số kiến thiết Bắc Kạn", "Công đoàn Công ty Cổ phần Cấp thoát nước Bắc Kạn",
            "Công đoàn Công ty TNHH MTV Quản lý bảo trì đường bộ Bắc Kạn", "Công đoàn Bảo Việt Bắc Kạn",
            "Công đoàn Công ty Xăng dầu Bắc Thái - Chi nhánh Bắc Kạn", "Công đoàn Công ty TNHH MTV Lâm nghiệp Bắc Kạn",
            "Công đoàn Công ty Cổ phần Môi trường và Dịch vụ đô thị Bắc Kạn", "Công đoàn Trung tâm Đăng kiểm xe cơ giới Bắc Kạn");

    /** Words that make enterprise names: legal form, line of business, brand. */
    static final List<String> LEGAL_FORMS = List.of("Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Hợp tác xã");
    static final List<String> BUSINESS_LINES = List.of(
            "Xây dựng", "Thương mại và Dịch vụ", "Lâm sản", "Khai khoáng", "Chế biến nông sản", "Vận tải",
            "Du lịch", "May mặc", "Vật liệu xây dựng", "Chế biến gỗ", "Dược liệu", "Nông nghiệp công nghệ cao",
            "Thực phẩm", "Tư vấn xây dựng", "Điện nước");
    static final List<String> BRANDS = List.of(
            "Hoàng Anh", "Minh Phát", "Thành Công", "Đại Thắng", "Phú Thịnh", "Tân Phong", "Hưng Thịnh", "An Khang",
            "Bảo Long", "Trường Sơn", "Việt Bắc", "Ba Bể Xanh", "Sông Cầu", "Phia Đén", "Hoa Ban", "Kim Ngân",
            "Thái Sơn", "Đông Bắc", "Hồng Phát", "Nam Tiến", "Quang Minh", "Thịnh Vượng", "Phúc An", "Tuấn Hưng",
            "Hà Linh", "Sơn Lâm", "Bắc Hà", "Mỹ Hưng", "Lộc Phát", "Na Rì Xanh");
    static final List<String> FDI_NAMES = List.of(
            "Công đoàn cơ sở Công ty TNHH Shinwon Ebenezer Bắc Kạn", "Công đoàn cơ sở Công ty TNHH Sunrise Vina Bắc Kạn",
            "Công đoàn cơ sở Công ty TNHH Matsuoka Bắc Kạn", "Công đoàn cơ sở Công ty TNHH Hansoll Vina Bắc Kạn",
            "Công đoàn cơ sở Công ty TNHH Dewin Việt Nam", "Công đoàn cơ sở Công ty TNHH Jinsung Bắc Kạn");
}
