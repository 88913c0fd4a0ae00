package vn.thidua.sampledata;

/**
 * Member ranges of the provincial sample, read from the kind of body a name describes. Public bodies
 * in a mountain province are small (a commune health station has 8–12 staff); a provincial hospital
 * or an FDI garment factory reaches the 300 cap. Tuned so the province totals 20–25 thousand members.
 */
final class ProvincialBands {
    private ProvincialBands() {}

    static SizeBand forUnit(String name, String type) {
        switch (type) {
            case "fdi":
                return new SizeBand(150, 300, 1.0);
            case "dn_nha_nuoc":
                return new SizeBand(25, 250, 2.2);
            case "dn_ngoai_nha_nuoc":
                return new SizeBand(8, 110, 2.6);
            default:
                break;
        }
        if (name.contains("Bệnh viện Đa khoa tỉnh")) {
            return new SizeBand(260, 300, 1.0);
        }
        if (name.contains("Bệnh viện") || name.contains("Trung tâm Y tế")) {
            return new SizeBand(70, 200, 1.2);
        }
        if (name.contains("Trạm Y tế")) {
            return new SizeBand(8, 12, 1.0);
        }
        if (name.contains("Trường Mầm non")) {
            return new SizeBand(10, 28, 1.2);
        }
        if (name.contains("Trường Tiểu học")) {
            return new SizeBand(12, 34, 1.2);
        }
        if (name.contains("Trường THCS ") && !name.contains("THPT")) {
            return new SizeBand(12, 30, 1.2);
        }
        if (name.contains("THPT") || name.contains("Cao đẳng")) {
            return new SizeBand(35, 95, 1.2);
        }
        if (name.contains("UBND xã") || name.contains("UBND phường") || name.contains("UBND thị trấn")) {
            return new SizeBand(18, 32, 1.0);
        }
        if (name.contains("UBND huyện") || name.contains("UBND thành phố") || name.contains("Khối Đảng")) {
            return new SizeBand(30, 70, 1.0);
        }
        if (name.contains("Sở ") || name.contains("Cục ") || name.contains("Văn phòng")) {
            return new SizeBand(18, 85, 1.4);
        }
        return new SizeBand(9, 45, 1.6);
    }
}
