package vn.thidua.evaluation.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.evaluation.adjust.AdjustmentOutcome;

/**
 * {@code manifest.json} of a run: which rules (rubric version and checksum), which data (snapshot id,
 * input files and checksums), every adjustment line and what became of it, the counts, and the checksum of
 * each file written. The only clock value of a run ({@code created_at}) lives here.
 */
public final class ManifestWriter {

    /** An input file as the manifest records it; {@code sha256} null when an optional file was absent. */
    public record Input(String name, Path file, String sha256) {
    }

    public static final String FILE_NAME = "manifest.json";

    private ManifestWriter() {
    }

    public static Path write(Path dir, String evaluationId, int year, String rubricVersion, String snapshotId,
                             Path snapshotDir, List<Input> inputs, List<AdjustmentOutcome> adjustments,
                             Map<String, Object> counts, List<Path> files) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("evaluation_id", evaluationId);
        root.put("year", year);
        root.put("created_at", Instant.now().toString());
        root.put("rubric_version", rubricVersion);
        root.put("snapshot_id", snapshotId);
        root.put("snapshot_dir", snapshotDir.toString());
        ObjectNode in = root.putObject("inputs");
        for (Input i : inputs) {
            ObjectNode node = in.putObject(i.name());
            node.put("file", i.file() == null ? null : i.file().toString());
            node.put("sha256", i.sha256());
        }
        ArrayNode adj = root.putArray("adjustments");
        for (AdjustmentOutcome o : adjustments) {
            var a = o.adjustment();
            ObjectNode node = adj.addObject();
            node.put("line", a.line());
            node.put("unit_code", a.unitCode());
            node.put("criterion", a.target());
            node.put("new_value", a.newValue());
            node.put("reason", a.reason());
            node.put("entered_by", a.enteredBy());
            node.put("entered_on", a.enteredOn().toString());
            node.put("status", o.status().code());
            node.put("before", o.before());
            node.put("after", o.after());
            node.put("message", o.message());
        }
        root.set("counts", mapper.valueToTree(counts));
        ObjectNode out = root.putObject("files");
        for (Path f : files) {
            out.put(dir.relativize(f).toString().replace('\\', '/'), Fingerprint.of(f));
        }
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.writeString(file, mapper.writeValueAsString(root) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được / cannot write " + file, e);
        }
    }
}
