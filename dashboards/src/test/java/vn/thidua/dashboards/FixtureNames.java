package vn.thidua.dashboards;

import java.util.List;

/** Plausible grassroots-union names for the fixture: long ones on purpose, as real names are. */
final class FixtureNames {

    private FixtureNames() {
    }

    static String place(String federation) {
        return switch (federation) {
            case "TPBK" -> "thành phố Bắc Kạn";
            case "BB" -> "huyện Ba Bể";
            case "BT" -> "huyện Bạch Thông";
            case "CD" -> "huyện Chợ Đồn";
            case "CM" -> "huyện Chợ Mới";
            case "NR" -> "huyện Na Rì";
            case "NS" -> "huyện Ngân Sơn";
            case "PN" -> "huyện Pác Nặm";
            default -> "tỉnh Bắc Kạn";
        };
    }

    /** {name, cluster, type} of a federation's units. */
    static List<String[]> units(String federation, String place) {
        return switch (federation) {
            case "CDGD" -> List.of(
                    unit("CĐCS Trường THPT Chuyên Bắc Kạn", "K04"),
                    unit("CĐCS Trường Cao đẳng Bắc Kạn", "K04"),
                    unit("CĐCS Trường Phổ thông Dân tộc nội trú tỉnh", "K04"),
                    unit("CĐCS Sở Giáo dục và Đào tạo", "K04"));
            case "CDYT" -> List.of(
                    unit("CĐCS Bệnh viện Đa khoa tỉnh Bắc Kạn", "K05"),
                    unit("CĐCS Trung tâm Kiểm soát bệnh tật tỉnh", "K05"),
                    unit("CĐCS Sở Y tế", "K05"),
                    unit("CĐCS Bệnh viện Y dược cổ truyền", "K05"));
            case "CDVC" -> List.of(
                    unit("CĐCS Văn phòng Ủy ban nhân dân tỉnh", "K06"),
                    unit("CĐCS Sở Tài chính", "K06"),
                    unit("CĐCS Sở Nội vụ", "K06"),
                    unit("CĐCS Đài Phát thanh - Truyền hình tỉnh", "K06"));
            case DashboardFixture.PROVINCE -> List.of(
                    new String[] {"CĐCS Công ty Cổ phần Khoáng sản Bắc Kạn", "K07", "dn_ngoai_nha_nuoc"},
                    new String[] {"CĐCS Công ty Điện lực Bắc Kạn", "K07", "dn_nha_nuoc"},
                    unit("CĐCS Ngân hàng Nông nghiệp chi nhánh Bắc Kạn", "K06"),
                    unit("CĐCS Kho bạc Nhà nước tỉnh", "K06"));
            default -> {
                String cluster = switch (federation) {
                    case "TPBK" -> "K01";
                    case "BB", "NS", "PN" -> "K02";
                    default -> "K03";
                };
                yield List.of(
                        unit("CĐCS Ủy ban nhân dân " + place, cluster),
                        unit("CĐCS Trung tâm Y tế " + place, cluster),
                        unit("CĐCS Trường Trung học phổ thông " + place.replace("huyện ", ""), cluster),
                        unit("CĐCS Phòng Giáo dục và Đào tạo " + place, cluster),
                        new String[] {"CĐCS Công ty TNHH Một thành viên Xây dựng " + place.replace("huyện ", ""),
                                "K07", "dn_ngoai_nha_nuoc"});
            }
        };
    }

    private static String[] unit(String name, String cluster) {
        return new String[] {name, cluster, "hcsn"};
    }
}
