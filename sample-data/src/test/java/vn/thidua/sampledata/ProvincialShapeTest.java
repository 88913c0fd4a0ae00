package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Bắc Kạn organisation and figures look like the province described in DOMAIN.md. */
class ProvincialShapeTest {
    private final List<Map<String, String>> units = TestFiles.table(Provincial.dir().resolve("reference/org_units.csv"));
    private final Map<String, Map<String, String>> byCode = units.stream()
            .collect(Collectors.toMap(u -> u.get("code"), Function.identity()));

    private List<Map<String, String>> level(int l) {
        return units.stream().filter(u -> u.get("level").equals(Integer.toString(l))).toList();
    }

    @Test
    void provinceHasItsEightDistrictFederationsAndThreeSectorUnions() {
        // given / when
        Map<String, String> names = level(2).stream().collect(Collectors.toMap(u -> u.get("code"), u -> u.get("name")));

        // then
        assertThat(level(1)).singleElement().satisfies(p -> {
            assertThat(p.get("code")).isEqualTo("BK");
            assertThat(p.get("name")).isEqualTo("Liên đoàn Lao động tỉnh Bắc Kạn");
            assertThat(p.get("type")).isEqualTo("lien_doan");
        });
        assertThat(names).containsEntry("BK.TP", "Liên đoàn Lao động thành phố Bắc Kạn")
                .containsEntry("BK.BB", "Liên đoàn Lao động huyện Ba Bể")
                .containsEntry("BK.BT", "Liên đoàn Lao động huyện Bạch Thông")
                .containsEntry("BK.CD", "Liên đoàn Lao động huyện Chợ Đồn")
                .containsEntry("BK.CM", "Liên đoàn Lao động huyện Chợ Mới")
                .containsEntry("BK.NR", "Liên đoàn Lao động huyện Na Rì")
                .containsEntry("BK.NS", "Liên đoàn Lao động huyện Ngân Sơn")
                .containsEntry("BK.PN", "Liên đoàn Lao động huyện Pác Nặm")
                .containsKeys("BK.VC", "BK.GD", "BK.YT").hasSize(11);
        assertThat(level(2)).filteredOn(u -> u.get("type").equals("cong_doan_nganh")).extracting(u -> u.get("code"))
                .containsExactly("BK.VC", "BK.GD", "BK.YT");
        assertThat(level(2)).allSatisfy(u -> assertThat(u.get("parent_code")).isEqualTo("BK"));
    }

    @Test
    void about680GrassrootsUnionsWith76DirectlyUnderTheProvince() {
        // given
        List<Map<String, String>> grassroots = level(3);
        LocalDate march2023 = LocalDate.of(2023, 3, 31);

        // then
        assertThat(grassroots).hasSizeBetween(670, 700);
        assertThat(grassroots.stream().filter(u -> open(u, march2023))).hasSize(679);
        assertThat(grassroots).filteredOn(u -> u.get("parent_code").equals("BK")).hasSize(76)
                .allSatisfy(u -> assertThat(u.get("code")).matches("BK\\.TT\\.\\d{3}"));
        assertThat(grassroots).allSatisfy(u -> {
            assertThat(u.get("code")).matches("BK\\.[A-Z]{2}\\.\\d{3}");
            assertThat(byCode).containsKey(u.get("parent_code"));
            assertThat(u.get("type")).isIn("hcsn", "dn_nha_nuoc", "dn_ngoai_nha_nuoc", "fdi");
            assertThat(u.get("name")).startsWith("Công đoàn");
        });
        long hcsn = grassroots.stream().filter(u -> u.get("type").equals("hcsn")).count();
        assertThat(hcsn * 100 / grassroots.size()).isBetween(75L, 85L);
        assertThat(grassroots.stream().filter(u -> u.get("type").equals("fdi")).count()).isBetween(1L, 8L);
        assertThat(grassroots.stream().map(u -> u.get("name")).distinct()).hasSize(grassroots.size());
    }

    @Test
    void everyGrassrootsUnionIsInOneKnownCluster() {
        // given
        List<String> clusters = TestFiles.table(Provincial.dir().resolve("reference/clusters.csv")).stream()
                .map(c -> c.get("code")).toList();

        // then
        assertThat(clusters).hasSizeBetween(6, 8);
        assertThat(level(3)).allSatisfy(u -> assertThat(u.get("cluster")).isIn(clusters));
        assertThat(units).filteredOn(u -> !u.get("level").equals("3")).allSatisfy(u -> assertThat(u.get("cluster")).isEmpty());
    }

    @Test
    void unionsAreFoundedAndDissolvedDuring2023And2024() {
        // given
        List<Map<String, String>> g = level(3);

        // then
        assertThat(g.stream().filter(u -> u.get("opened_on").startsWith("2024-0") && u.get("opened_on").compareTo("2024-08") < 0))
                .hasSize(5);
        assertThat(g.stream().filter(u -> u.get("opened_on").compareTo("2024-08") >= 0)).hasSize(3);
        assertThat(g.stream().filter(u -> u.get("closed_on").startsWith("2024"))).hasSize(5);
        assertThat(g.stream().filter(u -> u.get("closed_on").startsWith("2023"))).hasSize(2);
        assertThat(g).allSatisfy(u -> assertThat(u.get("opened_on")).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void unitsReportOnlyInPhasesTheyWereOpenExceptThePlantedOne() {
        // given every submission row of every phase
        List<String> violations = new java.util.ArrayList<>();
        for (int year : List.of(2023, 2024)) {
            for (int phase : List.of(1, 2)) {
                Phase ph = Phase.of(year, phase);
                for (Path f : TestFiles.files(Provincial.inbox(year, phase))) {
                    if (f.toString().contains("_sang-kien")) {
                        continue;
                    }
                    for (TestFiles.Sub s : TestFiles.submissions(f)) {
                        Map<String, String> u = byCode.get(s.unitCode());
                        if (u != null && u.get("level").equals("3") && !openDuring(u, ph)) {
                            violations.add(year + "/" + phase + " " + s.unitCode());
                        }
                    }
                }
            }
        }

        // then only the dissolved Chợ Mới union in the 2024 phase-2 file
        assertThat(violations).singleElement().asString().startsWith("2024/2 BK.CM.");
    }

    @Test
    void membersTotalTwentyToTwentyFiveThousandWithPlausibleUnitSizes() {
        // given the consolidated end-of-2023 file and the model's end-of-2024 total
        List<TestFiles.Sub> end2023 = TestFiles.submissions(Provincial.inbox(2023, 2).resolve("2024-01-10_tong-hop-dot-2-2023.csv"))
                .stream().filter(s -> s.unitCode().split("\\.").length == 3).toList();

        // then
        long total2023 = end2023.stream().mapToLong(s -> s.value("members")).sum();
        assertThat(total2023).isBetween(20_000L, 25_000L);
        assertThat(Provincial.result().summary().members()).isBetween(20_000L, 25_000L);
        assertThat(end2023).allSatisfy(s -> assertThat(s.value("members")).isBetween(8L, 300L));
    }

    @Test
    void year2024IsALittleBetterThan2023() {
        // given province-wide totals of the phase-2 reports of both years
        double[] p2023 = participation(2023);
        double[] p2024 = participation(2024);

        // then participation rises 1–6 points and initiatives rise (about 10 %)
        assertThat(p2024[0] - p2023[0]).isBetween(1.0, 6.0);
        assertThat(p2023[0]).isBetween(70.0, 98.0);
        assertThat(p2024[1] / p2023[1]).isBetween(1.0, 1.3);
    }

    @Test
    void tetSupportIsPaidInPhaseOne() {
        // given
        long phase1 = sum(2024, 1, "tet_support_vnd");
        long phase2 = sum(2024, 2, "tet_support_vnd");

        // then
        assertThat(phase1).isGreaterThan(10 * phase2);
        assertThat(phase1).isBetween(5_000_000_000L, 20_000_000_000L);
    }

    @Test
    void federationsReportFoundingDissolutionAndTrainingOnTheirOwnRow() {
        for (int phase : List.of(1, 2)) {
            // given the level-2 rows of the 2024 phase (the bo-sung file repeats no federation row)
            List<TestFiles.Sub> feds = subs(2024, phase).stream().filter(s -> s.unitCode().split("\\.").length == 2).toList();

            // then one per federation, only their three metrics filled
            assertThat(feds).extracting(TestFiles.Sub::unitCode).doesNotHaveDuplicates().hasSize(11);
            assertThat(feds).allSatisfy(s -> {
                assertThat(s.value("cadres_trained")).isNotNull();
                assertThat(s.value("members")).isNull();
                assertThat(s.value("initiatives_registered")).isNull();
            });
            long founded = feds.stream().mapToLong(s -> s.value("unions_founded")).sum();
            long dissolved = feds.stream().mapToLong(s -> s.value("unions_dissolved")).sum();
            assertThat(founded).isEqualTo(phase == 1 ? 5 : 3);
            assertThat(dissolved).isEqualTo(phase == 1 ? 3 : 2);
        }
        assertThat(subs(2024, 1)).filteredOn(s -> s.unitCode().split("\\.").length == 3)
                .allSatisfy(s -> assertThat(s.raw().getOrDefault("unions_founded", "")).isEmpty());
    }

    private double[] participation(int year) {
        List<TestFiles.Sub> rows = subs(year, 2).stream().filter(s -> s.unitCode().split("\\.").length == 3)
                .filter(s -> byCode.containsKey(s.unitCode())).toList();
        long members = rows.stream().mapToLong(s -> s.value("members")).sum();
        long registered = rows.stream().mapToLong(s -> s.value("emulation_registered")).sum();
        long initiatives = subs(year, 1).stream().filter(s -> s.unitCode().split("\\.").length == 3)
                .mapToLong(s -> value(s, "initiatives_registered")).sum()
                + rows.stream().mapToLong(s -> value(s, "initiatives_registered")).sum();
        return new double[] {registered * 100.0 / members, initiatives};
    }

    private long sum(int year, int phase, String metric) {
        return subs(year, phase).stream().mapToLong(s -> value(s, metric)).sum();
    }

    private static long value(TestFiles.Sub s, String metric) {
        try {
            Long v = s.value(metric);
            return v == null ? 0 : v;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static List<TestFiles.Sub> subs(int year, int phase) {
        return TestFiles.files(Provincial.inbox(year, phase)).stream()
                .filter(f -> !f.toString().contains("_sang-kien") && !f.toString().contains("_bo-sung"))
                .flatMap(f -> TestFiles.submissions(f).stream()).toList();
    }

    private static boolean open(Map<String, String> u, LocalDate d) {
        return !LocalDate.parse(u.get("opened_on")).isAfter(d)
                && (u.get("closed_on").isEmpty() || !LocalDate.parse(u.get("closed_on")).isBefore(d));
    }

    private static boolean openDuring(Map<String, String> u, Phase p) {
        return !LocalDate.parse(u.get("opened_on")).isAfter(p.endsOn())
                && (u.get("closed_on").isEmpty() || !LocalDate.parse(u.get("closed_on")).isBefore(p.startsOn()));
    }
}
