package vn.thidua.analytics.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The service's side of the protocol, without a Spark session: what it answers on stdout, and nothing else. */
class AnalyticsServiceTest {

    @Test
    void answersReadyThenOneLinePerRequestAndKeepsTheDetailsForItsLog() throws Exception {
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AnalyticsService service = new AnalyticsService(new PrintStream(answers, true, StandardCharsets.UTF_8),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        // a blank line, then a request whose command line is wrong (refused before any session is needed)
        service.serve(new BufferedReader(new StringReader("\n--input\t/x\t--warehouse\t/y\t--year\tnăm\n")));

        assertThat(answers.toString(StandardCharsets.UTF_8).lines()).containsExactly(AnalyticsService.READY,
                AnalyticsService.FAILED + "\t2");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("phân tích:").contains("--year");
    }
}
