package vn.thidua.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The national organisation, built one province at a time so that the 130,000 grassroots unions are
 * never all in memory. Names are generic ("Công đoàn Trường Tiểu học số 12"): the national set is
 * for load, not for reading. Industrial provinces get more units, more enterprises and bigger ones.
 */
final class NationalPlan {
    private NationalPlan() {}

    /** The 63 provinces and centrally-run cities of 2024, with a rough weight of their union workforce. */
    record Province(String name, boolean city, double weight) {}

    static final List<Province> PROVINCES = List.of(
            p("Hà Nội", true, 11), p("Hà Giang", false, 0.7), p("Cao Bằng", false, 0.6), p("Bắc Kạn", false, 0.5),
            p("Tuyên Quang", false, 0.8), p("Lào Cai", false, 0.8), p("Điện Biên", false, 0.6), p("Lai Châu", false, 0.5),
            p("Sơn La", false, 0.9), p("Yên Bái", false, 0.8), p("Hòa Bình", false, 0.9), p("Thái Nguyên", false, 2),
            p("Lạng Sơn", false, 0.8), p("Quảng Ninh", false, 2), p("Bắc Giang", false, 2.5), p("Phú Thọ", false, 1.3),
            p("Vĩnh Phúc", false, 2), p("Bắc Ninh", false, 3), p("Hải Dương", false, 2.5), p("Hải Phòng", true, 3),
            p("Hưng Yên", false, 1.8), p("Thái Bình", false, 1.3), p("Hà Nam", false, 1.2), p("Nam Định", false, 1.3),
            p("Ninh Bình", false, 1.1), p("Thanh Hóa", false, 2.5), p("Nghệ An", false, 2.5), p("Hà Tĩnh", false, 1.1),
            p("Quảng Bình", false, 0.9), p("Quảng Trị", false, 0.8), p("Thừa Thiên Huế", false, 1.1), p("Đà Nẵng", true, 2),
            p("Quảng Nam", false, 1.5), p("Quảng Ngãi", false, 1.2), p("Bình Định", false, 1.3), p("Phú Yên", false, 0.9),
            p("Khánh Hòa", false, 1.3), p("Ninh Thuận", false, 0.7), p("Bình Thuận", false, 1), p("Kon Tum", false, 0.6),
            p("Gia Lai", false, 1.1), p("Đắk Lắk", false, 1.3), p("Đắk Nông", false, 0.6), p("Lâm Đồng", false, 1.1),
            p("Bình Phước", false, 1.2), p("Tây Ninh", false, 1.5), p("Bình Dương", false, 7), p("Đồng Nai", false, 5),
            p("Bà Rịa - Vũng Tàu", false, 2), p("Hồ Chí Minh", true, 14), p("Long An", false, 2.5), p("Tiền Giang", false, 1.4),
            p("Bến Tre", false, 1), p("Trà Vinh", false, 0.9), p("Vĩnh Long", false, 0.9), p("Đồng Tháp", false, 1.1),
            p("An Giang", false, 1.2), p("Kiên Giang", false, 1.1), p("Cần Thơ", true, 1.5), p("Hậu Giang", false, 0.7),
            p("Sóc Trăng", false, 0.9), p("Bạc Liêu", false, 0.7), p("Cà Mau", false, 0.9));

    private static Province p(String name, boolean city, double weight) {
        return new Province(name, city, weight);
    }

    static final double TOTAL_WEIGHT = PROVINCES.stream().mapToDouble(Province::weight).sum();

    private static final List<String> PUBLIC_TEMPLATES = List.of("Công đoàn UBND xã số %d", "Công đoàn Trường Mầm non số %d",
            "Công đoàn Trường Tiểu học số %d", "Công đoàn Trường THCS số %d", "Công đoàn Trạm Y tế xã số %d",
            "Công đoàn cơ quan phòng, ban cấp huyện số %d");
    private static final List<String> FOREIGN = List.of("Sunrise", "Global Tech", "Hanvina", "Taiyo", "Everwin", "Jinwoo",
            "Pacific Textile", "Orient Shoes", "Kyoei", "Daeyang");

    static int unitsOf(int index, int nationalUnits) {
        return (int) Math.max(60, Math.round(nationalUnits * PROVINCES.get(index).weight() / TOTAL_WEIGHT));
    }

    /** Province {@code index} (0-based, code P01..P63) with about {@code units} grassroots unions. */
    static ProvincePlan province(int index, int units, long seed, Years years) {
        Province prov = PROVINCES.get(index);
        String code = String.format("P%02d", index + 1);
        SplittableRandom r = Seeds.rng(seed, code, "national-plan");
        String provName = (prov.city() ? "thành phố " : "tỉnh ") + prov.name();
        OrgUnit province = new OrgUnit(code, "Liên đoàn Lao động " + provName, "", 1, "lien_doan", "",
                years.shift(LocalDate.of(1950, 1, 1)), null);
        List<Cluster> clusters = new ArrayList<>();
        String[] clusterNames = {"Khối HCSN cấp huyện", "Khối HCSN cấp tỉnh", "Khối Giáo dục", "Khối Y tế",
                "Khối doanh nghiệp nhà nước", "Khối doanh nghiệp ngoài nhà nước", "Khối doanh nghiệp FDI"};
        for (int k = 0; k < clusterNames.length; k++) {
            clusters.add(new Cluster(String.format("%s-K%02d", code, k + 1), clusterNames[k] + " - " + provName));
        }
        // Industrial provinces have fewer public bodies among their unions.
        double publicShare = Math.max(0.25, 0.80 - 0.04 * prov.weight());
        int districts = 7 + r.nextInt(3);
        List<ReportingGroup> groups = new ArrayList<>();
        int tt = (int) Math.round(units * 0.06);
        int vc = (int) Math.round(units * 0.08);
        int gd = (int) Math.round(units * 0.06);
        int yt = (int) Math.round(units * 0.04);
        int rest = units - tt - vc - gd - yt;
        for (int d = 1; d <= districts; d++) {
            int n = d == districts ? rest - (rest / districts) * (districts - 1) : rest / districts;
            String key = String.format("D%02d", d);
            OrgUnit fed = new OrgUnit(code + "." + key, "Liên đoàn Lao động cấp huyện số " + String.format("%02d", d)
                    + " - " + provName, code, 2, "lien_doan", "", years.shift(LocalDate.of(1975, 1, 1)), null);
            groups.add(group(r, key, code, fed, n, publicShare, clusters.get(0).code(), clusters, years));
        }
        String[][] sectors = {{"VC", "Công đoàn Viên chức "}, {"GD", "Công đoàn ngành Giáo dục "}, {"YT", "Công đoàn ngành Y tế "}};
        int[] sizes = {vc, gd, yt};
        for (int s = 0; s < 3; s++) {
            OrgUnit fed = new OrgUnit(code + "." + sectors[s][0], sectors[s][1] + provName, code, 2, "cong_doan_nganh", "",
                    years.shift(LocalDate.of(1985, 1, 1)), null);
            groups.add(group(r, sectors[s][0], code, fed, sizes[s], 1.0, clusters.get(s + 1).code(), clusters, years));
        }
        groups.add(group(r, "TT", code, null, tt, 0.4, clusters.get(1).code(), clusters, years));
        return new ProvincePlan(province, clusters, groups);
    }

    private static ReportingGroup group(SplittableRandom r, String key, String provinceCode, OrgUnit fed, int n,
                                        double publicShare, String publicCluster, List<Cluster> clusters, Years years) {
        String prefix = provinceCode + "." + key;
        List<PlannedUnit> units = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String type = type(r, publicShare);
            String name = switch (type) {
                case "hcsn" -> publicName(key, i);
                case "fdi" -> "Công đoàn cơ sở Công ty TNHH " + Seeds.pick(r, FOREIGN) + " Việt Nam số " + i;
                default -> "Công đoàn cơ sở " + Seeds.pick(r, BacKanNames.LEGAL_FORMS) + " "
                        + Seeds.pick(r, BacKanNames.BUSINESS_LINES) + " " + Seeds.pick(r, BacKanNames.BRANDS) + " số " + i;
            };
            String cluster = switch (type) {
                case "hcsn" -> publicCluster;
                case "dn_nha_nuoc" -> clusters.get(4).code();
                case "dn_ngoai_nha_nuoc" -> clusters.get(5).code();
                default -> clusters.get(6).code();
            };
            OrgUnit org = new OrgUnit(String.format("%s.%04d", prefix, i), name, fed == null ? provinceCode : fed.code(), 3,
                    type, cluster, null, null);
            units.add(new PlannedUnit(withDates(r, org, years), band(type)));
        }
        String slug = prefix.toLowerCase(java.util.Locale.ROOT).replace('.', '-');
        String title = fed == null ? "CÁC CĐCS TRỰC THUỘC " + provinceCode : Text.upper(fed.name());
        return new ReportingGroup(key, slug, fed, title, units);
    }

    private static String type(SplittableRandom r, double publicShare) {
        double x = r.nextDouble();
        if (x < publicShare) {
            return "hcsn";
        }
        double e = r.nextDouble();
        return e < 0.07 ? "dn_nha_nuoc" : e < 0.93 ? "dn_ngoai_nha_nuoc" : "fdi";
    }

    private static String publicName(String key, int i) {
        return switch (key) {
            case "VC" -> "Công đoàn cơ quan sở, ban, ngành số " + i;
            case "GD" -> "Công đoàn Trường THPT số " + i;
            case "YT" -> "Công đoàn Bệnh viện, Trung tâm Y tế số " + i;
            case "TT" -> "Công đoàn cơ quan Trung ương đóng trên địa bàn số " + i;
            default -> String.format(PUBLIC_TEMPLATES.get(i % PUBLIC_TEMPLATES.size()), i);
        };
    }

    /**
     * Mostly old units; about 1.5 % founded in the baseline year, 2 % in the reporting year, 1.5 %
     * dissolved in the two. Drawn in the default set's calendar and moved (see {@link Years}).
     */
    private static OrgUnit withDates(SplittableRandom r, OrgUnit o, Years years) {
        Years def = Years.DEFAULT;
        boolean ent = o.enterprise();
        double x = r.nextDouble();
        LocalDate opened;
        if (ent && x < 0.015 / 0.5) {
            opened = day(r, def.baselineDay(1, 2), def.baselineDay(12, 31));
        } else if (ent && x < 0.035 / 0.5) {
            opened = day(r, def.reportingDay(1, 2), def.reportingDay(12, 15));
        } else {
            opened = ent ? day(r, LocalDate.of(2003, 1, 1), LocalDate.of(2022, 12, 31))
                    : day(r, LocalDate.of(1976, 1, 1), LocalDate.of(2015, 12, 31));
        }
        LocalDate closed = null;
        if (ent && opened.getYear() < def.baseline() && r.nextDouble() < 0.015 / 0.5) {
            closed = day(r, def.baselineDay(2, 1), def.reportingDay(12, 30));
        }
        return o.withDates(years.shift(opened), closed == null ? null : years.shift(closed));
    }

    private static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static SizeBand band(String type) {
        return switch (type) {
            case "hcsn" -> new SizeBand(8, 120, 2.5);
            case "dn_nha_nuoc" -> new SizeBand(30, 1500, 2.5);
            case "dn_ngoai_nha_nuoc" -> new SizeBand(10, 400, 4.0);
            default -> new SizeBand(50, 5000, 3.5);
        };
    }
}
