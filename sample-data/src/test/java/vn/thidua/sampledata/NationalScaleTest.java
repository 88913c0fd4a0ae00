package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national layout on a reduced unit count (the real run is 130,000 units; see the README). */
class NationalScaleTest {

    @Test
    void reducedNationalSetHasSixtyThreeProvincesAndTheSameLayout(@TempDir Path out, @TempDir Path again) throws Exception {
        // given / when
        SampleDataGenerator.Summary s = SampleDataGenerator.generateNational(out, 2024, 8_000);
        List<Map<String, String>> units = TestFiles.table(out.resolve("reference/org_units.csv"));

        // then the organisation
        Map<String, Long> levels = units.stream().collect(Collectors.groupingBy(u -> u.get("level"), Collectors.counting()));
        assertThat(levels.get("1")).isEqualTo(63);
        assertThat(levels.get("2")).isBetween(63 * 10L, 63 * 12L);
        assertThat(levels.get("3")).isBetween(8_000L, 10_000L);
        assertThat(s.orgUnits()).isEqualTo(units.size());
        assertThat(units).filteredOn(u -> u.get("level").equals("1")).extracting(u -> u.get("code"))
                .contains("P01", "P63").allSatisfy(c -> assertThat(c).matches("P\\d{2}"));
        // and about 85 members per unit, as nationally (11.3 million / 130,000)
        assertThat(s.members() / levels.get("3")).isBetween(60L, 110L);
        assertThat(s.initiatives() * 130_000 / levels.get("3")).isBetween(700_000L, 1_400_000L);

        // and the inbox: CSV only, two consolidated 2023 files, one file per group and 2024 phase
        List<Path> inbox = TestFiles.files(out.resolve("inbox"));
        assertThat(inbox).allSatisfy(f -> assertThat(f.toString()).endsWith(".csv"));
        assertThat(TestFiles.files(out.resolve("inbox/2023/phase-1"))).hasSize(1);
        long groups = levels.get("2") + 63;
        assertThat(TestFiles.files(out.resolve("inbox/2024/phase-1"))).hasSize((int) groups * 2);
        assertThat(s.submissionFiles()).isEqualTo(2 + 2 * groups);
        List<TestFiles.Sub> sample = TestFiles.submissions(TestFiles.files(out.resolve("inbox/2024/phase-2")).get(0));
        assertThat(sample).isNotEmpty().allSatisfy(r -> assertThat(r.value("members") == null
                ? r.unitCode().split("\\.").length : 3).isIn(2, 3));

        // and it is deterministic
        SampleDataGenerator.generateNational(again, 2024, 8_000);
        for (String f : List.of("reference/org_units.csv", "reference/targets.csv",
                "inbox/2023/phase-2/2024-01-10_tong-hop-dot-2-2023.csv")) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
    }
}
