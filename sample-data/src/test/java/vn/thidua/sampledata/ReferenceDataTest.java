package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** reference/ against docs/data-contracts.md §1. */
class ReferenceDataTest {
    static final List<String> METRIC_CODES = List.of("members", "workers", "members_admitted", "emulation_registered",
            "participants_good_creative_labour", "participants_good_advice_service", "participants_provincial_movements",
            "initiatives_registered", "initiatives_recognized", "initiatives_applied", "initiative_benefit_vnd",
            "study_sessions", "study_attendance", "tet_support_recipients", "tet_support_vnd", "hardship_support_recipients",
            "hardship_support_vnd", "union_shelters", "dialogues_held", "collective_agreements", "cadres_trained",
            "unions_founded", "unions_dissolved");

    static final List<String> INDICATOR_CODES = List.of("participation_rate", "good_creative_labour_rate",
            "good_advice_service_rate", "provincial_movements_rate", "members", "members_admitted", "initiatives_registered",
            "initiatives_recognized", "initiatives_applied", "initiative_benefit_vnd", "initiatives_per_100_members",
            "recognition_rate", "application_rate", "tet_coverage", "tet_support_vnd", "hardship_support_recipients",
            "hardship_support_vnd", "union_shelters", "dialogues_held", "collective_agreements", "cadres_trained",
            "unions_founded", "unions_dissolved", "study_sessions", "study_attendance", "members_admitted_achievement",
            "initiatives_achievement", "unions_founded_achievement", "members_admitted_target_met", "initiatives_target_met",
            "initiatives_registered_register", "initiatives_recognized_register", "initiatives_applied_register",
            "initiative_benefit_register_vnd", "initiatives_registered_gap", "initiatives_recognized_gap",
            "initiatives_applied_gap", "reporting_completeness", "reporting_timeliness");

    private final Path ref = Provincial.dir().resolve("reference");

    @Test
    void everyFileHasTheContractHeaderAndNoBom() throws Exception {
        // given the contract's column lists
        Map<String, String> headers = Map.of(
                "org_units.csv", "code,name,parent_code,level,type,cluster,opened_on,closed_on",
                "clusters.csv", "code,name",
                "phases.csv", "year,phase,name,starts_on,ends_on,deadline",
                "metrics.csv", "code,label_vi,label_en,unit,kind,min_value,max_value,max_change_pct,required,aliases",
                "rules.csv", "code,left,operator,right,message_vi",
                "indicators.csv", "code,label_vi,label_en,numerator,denominator,scale,unit,direction",
                "movements.csv", "year,name_vi,theme_vi,occasion_vi",
                "targets.csv", "year,unit_code,metric_code,target_value");

        // when / then
        for (var e : headers.entrySet()) {
            String text = Files.readString(ref.resolve(e.getKey()));
            assertThat(text).as(e.getKey()).startsWith(e.getValue() + "\n");
        }
        assertThat(Files.readString(ref.resolve("VERSION"))).isEqualTo("2024.3\n");
    }

    @Test
    void metricCatalogueHasExactlyTheAgreedCodesInOrder() {
        // given
        List<Map<String, String>> metrics = TestFiles.table(ref.resolve("metrics.csv"));

        // then
        assertThat(metrics).extracting(m -> m.get("code")).containsExactlyElementsOf(METRIC_CODES);
        assertThat(metrics).allSatisfy(m -> {
            assertThat(m.get("unit")).isIn("person", "vnd", "count", "session");
            assertThat(m.get("kind")).isIn("stock", "flow");
            assertThat(m.get("min_value")).isEqualTo("0");
            assertThat(m.get("label_vi")).isNotBlank();
            assertThat(m.get("label_en")).isNotBlank();
        });
        assertThat(metrics).filteredOn(m -> m.get("required").equals("true")).extracting(m -> m.get("code"))
                .containsExactly("members");
        assertThat(metrics).filteredOn(m -> m.get("kind").equals("stock")).extracting(m -> m.get("code"))
                .contains("members", "workers");
        assertThat(metrics.get(0).get("label_vi")).isEqualTo("Số đoàn viên");
    }

    @Test
    void labelsAndAliasesResolveToOneMetricOnlyAfterAccentFolding() {
        // given every header text a metric accepts
        List<Map<String, String>> metrics = TestFiles.table(ref.resolve("metrics.csv"));
        Set<String> seen = new HashSet<>(Set.of("ma don vi", "ten don vi", "nam", "dot", "stt"));

        // then no two metrics (nor the fixed columns) share one once folded
        for (Map<String, String> m : metrics) {
            Set<String> own = Stream.concat(Stream.of(m.get("code"), m.get("label_vi")),
                    Stream.of(m.get("aliases").split("\\|"))).map(TestFiles::norm).collect(Collectors.toSet());
            for (String t : own) {
                assertThat(seen.add(t)).as("header text '%s' of %s is ambiguous", t, m.get("code")).isTrue();
            }
        }
    }

    @Test
    void rulesAndIndicatorsOnlyNameKnownTerms() {
        // given
        Set<String> metrics = Set.copyOf(METRIC_CODES);
        List<Map<String, String>> rules = TestFiles.table(ref.resolve("rules.csv"));
        List<Map<String, String>> indicators = TestFiles.table(ref.resolve("indicators.csv"));

        // then
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.get("left")).isIn(metrics);
            assertThat(r.get("operator")).isIn("<=", "<", ">=", ">", "=");
            assertThat(r.get("right").split("\\+")).allSatisfy(t -> assertThat(t).isIn(metrics));
            assertThat(r.get("message_vi")).isNotBlank();
        });
        assertThat(rules).extracting(r -> r.get("left")).contains("emulation_registered",
                "participants_good_creative_labour", "participants_good_advice_service",
                "participants_provincial_movements", "initiatives_recognized", "initiatives_applied",
                "tet_support_recipients", "hardship_support_recipients");
        assertThat(indicators).extracting(i -> i.get("code")).containsExactlyElementsOf(INDICATOR_CODES);
        assertThat(indicators).allSatisfy(i -> {
            for (String side : List.of("numerator", "denominator")) {
                if (!i.get(side).isEmpty()) {
                    assertThat(i.get(side).split("[+-]")).allSatisfy(t -> assertThat(
                            metrics.contains(t) || Set.of("reported", "on_time", "expected").contains(t)
                                    || Set.of("register.registered", "register.recognized", "register.applied",
                                            "register.benefit_vnd").contains(t)
                                    || (t.matches("target(_met|_assessed)?\\..*")
                                            && metrics.contains(t.substring(t.indexOf('.') + 1)))).as(t).isTrue());
                }
            }
            assertThat(i.get("unit")).isIn("percent", "per100", "person", "vnd", "count");
            assertThat(i.get("denominator").isEmpty()).isEqualTo(i.get("scale").equals("1"));
        });
    }

    @Test
    void phasesAndTargetsCoverBothYears() {
        // given
        List<Map<String, String>> phases = TestFiles.table(ref.resolve("phases.csv"));
        List<Map<String, String>> targets = TestFiles.table(ref.resolve("targets.csv"));
        Map<String, Map<String, String>> units = TestFiles.table(ref.resolve("org_units.csv")).stream()
                .collect(Collectors.toMap(u -> u.get("code"), u -> u));

        // then
        assertThat(phases).extracting(p -> p.get("year") + "/" + p.get("phase") + " " + p.get("deadline"))
                .containsExactly("2023/1 2023-08-10", "2023/2 2024-01-10", "2024/1 2024-08-10", "2024/2 2025-01-10");
        assertThat(phases.get(2).get("name")).isEqualTo("Đợt 1 năm 2024");
        assertThat(targets).allSatisfy(t -> {
            Map<String, String> u = units.get(t.get("unit_code"));
            assertThat(u).as(t.get("unit_code")).isNotNull();
            assertThat(t.get("metric_code")).isEqualTo(u.get("level").equals("2") ? "unions_founded" : t.get("metric_code"));
            assertThat(Long.parseLong(t.get("target_value"))).isPositive();
        });
        for (String year : List.of("2023", "2024")) {
            assertThat(targets).filteredOn(t -> t.get("year").equals(year)).extracting(t -> t.get("metric_code"))
                    .contains("members_admitted", "initiatives_registered", "unions_founded");
            assertThat(targets).filteredOn(t -> t.get("year").equals(year) && t.get("metric_code").equals("unions_founded"))
                    .hasSize(11);
        }
    }
}
