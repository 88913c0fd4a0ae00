package vn.thidua.analytics.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * manifest.json of a snapshot (contract §4). Written by hand: a flat object of strings, numbers and two
 * maps does not justify pulling Spark's shaded Jackson into our own code.
 */
public record Manifest(String runId, int year, Instant createdAt, String catalogueVersion, String watermark,
                       String exportedAt, String master, Map<String, Long> rowCounts, Map<String, Long> timingsMs) {

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public String toJson() {
        return "{\n"
                + "  \"run_id\": " + string(runId) + ",\n"
                + "  \"year\": " + year + ",\n"
                + "  \"created_at\": " + string(createdAt.toString()) + ",\n"
                + "  \"catalogue_version\": " + string(catalogueVersion) + ",\n"
                + "  \"watermark\": " + string(watermark) + ",\n"
                + "  \"exported_at\": " + string(exportedAt) + ",\n"
                + "  \"master\": " + string(master) + ",\n"
                + "  \"row_counts\": " + numbers(rowCounts) + ",\n"
                + "  \"timings_ms\": " + numbers(timingsMs) + "\n"
                + "}\n";
    }

    private static String numbers(Map<String, Long> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append(string(key)).append(": ")
                .append(value));
        return json.append('}').toString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
