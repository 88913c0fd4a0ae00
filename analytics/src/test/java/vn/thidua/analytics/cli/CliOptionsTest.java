package vn.thidua.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.thidua.analytics.AnalyticsMainAccess;

class CliOptionsTest {

    @Test
    void appliesDefaults() {
        CliOptions.Run options = CliOptions.parse("--input", "in", "--warehouse", "/wh", "--year", "2024");
        assertThat(options.input()).isEqualTo(Path.of("in").toAbsolutePath());
        assertThat(options.warehouse()).isEqualTo(Path.of("/wh"));
        assertThat(options.year()).isEqualTo(2024);
        assertThat(options.runId()).isNull();
        assertThat(options.master()).isNull();
        assertThat(options.keep()).isEqualTo(5);
        assertThat(options.shufflePartitions()).isEqualTo(4);
    }

    @Test
    void readsEveryOption() {
        CliOptions.Run options = CliOptions.parse("--input=in", "--warehouse", "/wh", "--year", "2024", "--run-id", "r-1.a",
                "--master", "spark://127.0.0.1:7077", "--keep", "2", "--shuffle-partitions", "8");
        assertThat(options.runId()).isEqualTo("r-1.a");
        assertThat(options.master()).isEqualTo("spark://127.0.0.1:7077");
        assertThat(options.keep()).isEqualTo(2);
        assertThat(options.shufflePartitions()).isEqualTo(8);
    }

    @Test
    void refusesBadCommandLines() {
        assertThatThrownBy(() -> CliOptions.parse("--input", "in", "--year", "2024"))
                .hasMessageContaining("--warehouse");
        assertThatThrownBy(() -> CliOptions.parse("--input", "in", "--warehouse", "w", "--year", "24x"))
                .hasMessageContaining("24x");
        assertThatThrownBy(() -> CliOptions.parse("--input", "in", "--warehouse", "w", "--year", "2024", "--keep", "0"))
                .hasMessageContaining("--keep và --shuffle-partitions phải từ 1 trở lên");
        assertThatThrownBy(() -> CliOptions.parse("--input", "in", "--warehouse", "w", "--year", "2024", "--run-id", "../x"))
                .hasMessageContaining("--run-id chỉ gồm");
        assertThatThrownBy(() -> CliOptions.parse("--input", "in", "--warehouse", "w", "--year", "2024", "--inptu", "in"))
                .hasMessageContaining("--inptu");
    }

    @Test
    void mainExitsWithTwoOnABadCommandLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AnalyticsMainAccess.run(new String[] {"--year", "2024"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("thiếu --input=DIR", "Cách dùng:");
    }
}
