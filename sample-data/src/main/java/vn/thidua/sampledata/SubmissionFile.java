package vn.thidua.sampledata;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission file assembled in memory (provincial scale only: a few dozen rows) so that
 * DeliberateProblems can edit it before it is written.
 *
 * @param group  the reporting group's key ("BB", "TT")
 * @param path   relative to the output directory, with '/' separators
 * @param author the sender, written into an XLSX's document properties
 * @param stamp  the moment it was "received": XLSX creation date and zip entry times
 */
record SubmissionFile(String group, String path, Phase phase, Layout layout, List<Row> rows, boolean late,
                      String author, LocalDateTime stamp) {

    SubmissionFile withLayout(Layout l) {
        return new SubmissionFile(group, path, phase, l, rows, late, author, stamp);
    }
}
