package vn.thidua.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The provincial sample's organisation: the Bắc Kạn federation, its 8 district/city federations,
 * 3 sector unions and 692 grassroots unions (679 open at the end of March of the baseline year, 76 of
 * them directly under the province). Units founded or dissolved in the two years are fixed here, by
 * hand, because the README and the tests name them.
 */
final class BacKanPlan {
    static final String PROVINCE = "BK";

    /** A union founded or dissolved on a fixed date in one reporting group. */
    private record Event(String group, LocalDate date, boolean founded) {}

    private static List<Event> events(Years y) {
        return List.of(
                // Founded in the baseline year (no figures before opening; targets only from the reporting year).
                new Event("TP", y.baselineDay(3, 15), true), new Event("CM", y.baselineDay(5, 20), true),
                new Event("BB", y.baselineDay(6, 10), true), new Event("CD", y.baselineDay(9, 12), true),
                new Event("NS", y.baselineDay(10, 25), true), new Event("PN", y.baselineDay(11, 8), true),
                // Founded in the reporting year: five in phase 1, three in phase 2.
                new Event("TP", y.reportingDay(3, 12), true), new Event("BB", y.reportingDay(4, 22), true),
                new Event("CD", y.reportingDay(5, 15), true), new Event("NR", y.reportingDay(6, 20), true),
                new Event("TP", y.reportingDay(7, 5), true), new Event("BT", y.reportingDay(8, 28), true),
                new Event("CM", y.reportingDay(10, 15), true), new Event("NS", y.reportingDay(11, 20), true),
                // Dissolved: two in the baseline year, three in reporting phase 1, two in reporting phase 2.
                new Event("BT", y.baselineDay(5, 15), false), new Event("PN", y.baselineDay(10, 31), false),
                new Event("CD", y.reportingDay(3, 31), false), new Event("CM", y.reportingDay(5, 31), false),
                new Event("TP", y.reportingDay(6, 30), false), new Event("NR", y.reportingDay(9, 30), false),
                new Event("BT", y.reportingDay(11, 30), false));
    }

    static final List<Cluster> CLUSTERS = List.of(
            new Cluster("K01", "Khối các CĐCS hành chính sự nghiệp khu vực thành phố Bắc Kạn"),
            new Cluster("K02", "Khối các CĐCS hành chính sự nghiệp các huyện phía Bắc (Ba Bể, Ngân Sơn, Pác Nặm)"),
            new Cluster("K03", "Khối các CĐCS hành chính sự nghiệp các huyện phía Nam (Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì)"),
            new Cluster("K04", "Khối các CĐCS ngành Giáo dục"),
            new Cluster("K05", "Khối các CĐCS ngành Y tế"),
            new Cluster("K06", "Khối các CĐCS cơ quan cấp tỉnh"),
            new Cluster("K07", "Khối doanh nghiệp"));

    private final SplittableRandom rng;
    private final Years years;
    private final List<Event> events;
    private final Set<String> usedNames = new LinkedHashSet<>();

    private BacKanPlan(long seed, Years years) {
        this.rng = Seeds.rng(seed, "bac-kan-plan");
        this.years = years;
        this.events = events(years);
    }

    static ProvincePlan build(long seed, Years years) {
        return new BacKanPlan(seed, years).plan();
    }

    private ProvincePlan plan() {
        OrgUnit province = new OrgUnit(PROVINCE, "Liên đoàn Lao động tỉnh Bắc Kạn", "", 1, "lien_doan", "",
                years.shift(LocalDate.of(1950, 1, 1)), null);
        List<ReportingGroup> groups = new ArrayList<>();
        for (BacKanNames.District d : BacKanNames.DISTRICTS) {
            groups.add(district(d));
        }
        groups.add(sector("VC", "Công đoàn Viên chức tỉnh Bắc Kạn", "cd-vien-chuc-tinh", "K06",
                prefixed(BacKanNames.PROVINCIAL_AGENCIES, "Công đoàn "), 45));
        groups.add(sector("GD", "Công đoàn ngành Giáo dục tỉnh Bắc Kạn", "cd-nganh-giao-duc", "K04",
                prefixed(BacKanNames.EDUCATION_UNITS, "Công đoàn "), 36));
        groups.add(sector("YT", "Công đoàn ngành Y tế tỉnh Bắc Kạn", "cd-nganh-y-te", "K05",
                prefixed(BacKanNames.HEALTH_UNITS, "Công đoàn "), 25));
        groups.add(direct());
        return new ProvincePlan(province, CLUSTERS, groups);
    }

    private ReportingGroup district(BacKanNames.District d) {
        List<Draft> drafts = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String commune : d.communes()) {
            for (String template : BacKanNames.COMMUNE_TEMPLATES) {
                candidates.add(String.format(template, commune, BacKanNames.bare(commune)));
            }
        }
        BacKanNames.DISTRICT_AGENCIES.forEach(t -> candidates.add(String.format(t, d.name())));
        if (d.key().equals("TP")) {
            candidates.addAll(BacKanNames.CITY_SCHOOLS);
        }
        long newcomers = events.stream().filter(e -> e.group().equals(d.key()) && e.founded()).count();
        int old = d.units() - (int) newcomers;
        int enterprises = (int) Math.round(old * 0.14);
        int state = d.key().equals("TP") ? 2 : d.key().equals("CD") ? 1 : 0;
        int fdi = d.key().equals("CM") ? 2 : 0;
        shuffle(candidates);
        String hcsnCluster = switch (d.key()) {
            case "TP" -> "K01";
            case "BB", "NS", "PN" -> "K02";
            default -> "K03";
        };
        for (String name : candidates.subList(0, old - enterprises - state - fdi)) {
            drafts.add(new Draft(name, "hcsn", hcsnCluster));
        }
        for (int i = 0; i < enterprises; i++) {
            drafts.add(new Draft(enterpriseName(), "dn_ngoai_nha_nuoc", "K07"));
        }
        List<String> stateNames = List.of("Công đoàn Công ty Cổ phần Bến xe khách Bắc Kạn",
                "Công đoàn Công ty TNHH MTV Thủy nông Bắc Kạn", "Công đoàn Mỏ chì kẽm Chợ Điền");
        for (int i = 0; i < state; i++) {
            drafts.add(new Draft(d.key().equals("CD") ? stateNames.get(2) : stateNames.get(i), "dn_nha_nuoc", "K07"));
        }
        for (int i = 0; i < fdi; i++) {
            drafts.add(new Draft(BacKanNames.FDI_NAMES.get(3 + i), "fdi", "K07"));
        }
        shuffle(drafts);
        OrgUnit federation = new OrgUnit(PROVINCE + "." + d.key(), d.federationName(), PROVINCE, 2, "lien_doan", "",
                years.shift(LocalDate.of(1970, 1, 1)), null);
        return group(d.key(), d.slug(), federation, drafts);
    }

    private ReportingGroup sector(String key, String name, String slug, String cluster, List<String> names, int count) {
        List<Draft> drafts = new ArrayList<>();
        names.subList(0, count).forEach(n -> drafts.add(new Draft(n, "hcsn", cluster)));
        shuffle(drafts);
        OrgUnit federation = new OrgUnit(PROVINCE + "." + key, name, PROVINCE, 2, "cong_doan_nganh", "",
                years.shift(LocalDate.of(1985, 1, 1)), null);
        return group(key, slug, federation, drafts);
    }

    /** The 76 grassroots unions directly under the province: 30 public bodies and 46 enterprises. */
    private ReportingGroup direct() {
        List<Draft> drafts = new ArrayList<>();
        BacKanNames.DIRECT_PUBLIC.forEach(n -> drafts.add(new Draft(n, "hcsn", "K06")));
        BacKanNames.DIRECT_STATE_ENTERPRISES.forEach(n -> drafts.add(new Draft(n, "dn_nha_nuoc", "K07")));
        for (int i = 0; i < 25; i++) {
            drafts.add(new Draft(enterpriseName(), "dn_ngoai_nha_nuoc", "K07"));
        }
        BacKanNames.FDI_NAMES.subList(0, 3).forEach(n -> drafts.add(new Draft(n, "fdi", "K07")));
        shuffle(drafts);
        return new ReportingGroup("TT", "cdcs-truc-thuoc", null, "CÁC CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC LIÊN ĐOÀN LAO ĐỘNG TỈNH",
                number(PROVINCE, PROVINCE + ".TT", drafts));
    }

    private ReportingGroup group(String key, String slug, OrgUnit federation, List<Draft> old) {
        List<Draft> drafts = new ArrayList<>(old);
        List<Event> own = events.stream().filter(e -> e.group().equals(key)).toList();
        // Newly founded unions get the next codes, in founding order.
        own.stream().filter(Event::founded).forEach(e -> {
            Draft d = new Draft(enterpriseName(), "dn_ngoai_nha_nuoc", "K07");
            d.opened = e.date();
            drafts.add(d);
        });
        // Dissolutions hit existing enterprises (closures are mostly small private firms).
        for (Event e : own.stream().filter(e -> !e.founded()).toList()) {
            List<Draft> pool = old.stream().filter(d -> d.closed == null && !d.type.equals("hcsn")).toList();
            Seeds.pick(rng, pool).closed = e.date();
        }
        String title = federation.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        return new ReportingGroup(key, slug, federation, title, number(federation.code(), federation.code(), drafts));
    }

    private List<PlannedUnit> number(String parent, String prefix, List<Draft> drafts) {
        List<PlannedUnit> units = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            LocalDate opened = d.opened != null ? d.opened : oldDate(d.type);
            OrgUnit org = new OrgUnit(String.format("%s.%03d", prefix, i + 1), d.name, parent, 3, d.type, d.cluster,
                    opened, d.closed);
            units.add(new PlannedUnit(org, ProvincialBands.forUnit(d.name, d.type)));
        }
        return units;
    }

    /** Drawn between the default set's bounds and moved: the same draw for every year (see {@link Years}). */
    private LocalDate oldDate(String type) {
        LocalDate from = type.equals("hcsn") ? LocalDate.of(1976, 1, 1) : LocalDate.of(2003, 1, 1);
        LocalDate to = type.equals("hcsn") ? LocalDate.of(2015, 12, 31) : LocalDate.of(2022, 12, 31);
        return years.shift(from.plusDays(rng.nextLong(to.toEpochDay() - from.toEpochDay() + 1)));
    }

    private String enterpriseName() {
        while (true) {
            String form = Seeds.pick(rng, BacKanNames.LEGAL_FORMS);
            String name = "Công đoàn cơ sở " + form + " " + Seeds.pick(rng, BacKanNames.BUSINESS_LINES) + " "
                    + Seeds.pick(rng, BacKanNames.BRANDS);
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    private <T> void shuffle(List<T> list) {
        Collections.shuffle(list, new Random(rng.nextLong()));
    }

    private static List<String> prefixed(List<String> names, String prefix) {
        return names.stream().map(n -> prefix + n).toList();
    }

    /** A unit before it gets its code; dates are filled in by the founding/dissolution events. */
    private static final class Draft {
        final String name;
        final String type;
        final String cluster;
        LocalDate opened;
        LocalDate closed;

        Draft(String name, String type, String cluster) {
            this.name = name;
            this.type = type;
            this.cluster = cluster;
        }
    }
}
