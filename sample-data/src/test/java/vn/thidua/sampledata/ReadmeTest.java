package vn.thidua.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's list of planted problems names every one, at the file and line it is in. */
class ReadmeTest {

    @Test
    void readmeListsEveryPlantedProblemWithFileAndLine() throws Exception {
        // given
        String readme = Files.readString(Path.of("README.md"));

        // when
        var problems = Provincial.result().problems();

        // then
        assertThat(problems).hasSizeGreaterThanOrEqualTo(15);
        for (DeliberateProblems.Problem p : problems) {
            String where = p.row() == null ? p.file().path() : p.file().path().substring(p.file().path().lastIndexOf('/') + 1)
                    + ":" + p.row().line;
            assertThat(readme).as(p.kind() + " " + p.location()).contains(where);
        }
    }

    @Test
    void readmeStatesTheExpectedIngestionCounts() throws Exception {
        // given
        String readme = Files.readString(Path.of("README.md"));

        // then
        for (InboxExpectation e : Provincial.result().expectations()) {
            assertThat(readme).contains("| " + e.phase().phase() + " | " + e.expectedUnits() + " | " + e.reportingUnits()
                    + " | " + e.onTimeUnits() + " |");
        }
    }
}
