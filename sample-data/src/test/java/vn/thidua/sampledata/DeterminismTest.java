package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void sameSeedGivesIdenticalBytesForEveryFileIncludingXlsx(@TempDir Path second) throws IOException {
        // given the shared set generated with seed 2024
        Path first = Provincial.dir();

        // when the same seed is generated again elsewhere
        SampleDataGenerator.generate(SampleDataGenerator.Scale.PROVINCIAL, second, 2024);

        // then every file has the same bytes
        List<Path> a = relative(first);
        assertThat(relative(second)).isEqualTo(a);
        for (Path p : a) {
            assertThat(Files.readAllBytes(second.resolve(p))).as(p.toString()).isEqualTo(Files.readAllBytes(first.resolve(p)));
        }
    }

    @Test
    void anotherSeedGivesOtherFigures(@TempDir Path other) throws IOException {
        // given
        Path first = Provincial.dir();

        // when
        SampleDataGenerator.generate(SampleDataGenerator.Scale.PROVINCIAL, other, 7);

        // then the same structure, different content
        Path baseline = Path.of("inbox/2023/phase-1/2023-08-10_tong-hop-dot-1-2023.csv");
        assertThat(Files.exists(other.resolve(baseline))).isTrue();
        assertThat(Files.readAllBytes(other.resolve(baseline))).isNotEqualTo(Files.readAllBytes(first.resolve(baseline)));
        assertThat(Files.readString(other.resolve("reference/metrics.csv")))
                .isEqualTo(Files.readString(first.resolve("reference/metrics.csv")));
    }

    @Test
    void bundledSampleBesideThePomIsWhatTheGeneratorProduces() throws IOException {
        // given the committed sample in the module directory (surefire runs in it)
        Path bundled = Path.of("").toAbsolutePath();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(bundled.resolve("inbox")),
                "no bundled sample yet");

        // when compared with a fresh run of seed 2024
        Path fresh = Provincial.dir();

        // then it is up to date, byte for byte
        for (Path p : relative(fresh)) {
            assertThat(bundled.resolve(p)).as(p.toString()).exists();
            assertThat(Files.readAllBytes(bundled.resolve(p))).as(p.toString()).isEqualTo(Files.readAllBytes(fresh.resolve(p)));
        }
        assertThat(relative(bundled.resolve("inbox"))).hasSameSizeAs(relative(fresh.resolve("inbox")));
    }

    private static List<Path> relative(Path root) {
        return TestFiles.files(root).stream().map(root::relativize).toList();
    }
}
