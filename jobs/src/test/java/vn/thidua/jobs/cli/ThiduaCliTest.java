package vn.thidua.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ThiduaCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "ingest", "analyze", "render", "evaluate", "schedule", "status", "generate", "reference", "benchmark-ingest", "benchmark-analytics"})
    void everyCommandExplainsItselfInVietnameseWithoutStartingAnything(String command) {
        // given
        CommandLine cli = ThiduaCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        // when
        int exit = cli.execute(command, "--help");
        // then
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: thidua " + command).containsPattern("[ạảãáàâấầậẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]");
    }
}
