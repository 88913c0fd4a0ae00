package vn.thidua.warehouse.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.warehouse.SnapshotNotFoundException;

/** Reads and writes {@code manifest.json}, the one way (Jackson; times as ISO-8601 instants). */
public final class ManifestFile {

    /**
     * The version of docs/data-contracts.md the snapshot was written under. A reader meeting another one
     * says so in words rather than failing on a column it cannot find.
     */
    public static final int CONTRACT_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestFile() {
    }

    public static void write(Path file, Manifest m) {
        ObjectNode json = JSON.createObjectNode();
        json.put("contract_version", CONTRACT_VERSION);
        json.put("run_id", m.runId());
        json.put("year", m.year());
        json.put("created_at", text(m.createdAt()));
        json.put("catalogue_version", m.catalogueVersion());
        json.put("watermark", text(m.watermark()));
        json.put("data_cutoff", text(m.dataCutoff()));
        json.put("data_cutoff_time_known", m.dataCutoffTimeKnown());
        json.put("exported_at", text(m.exportedAt()));
        json.put("master", m.master());
        ObjectNode counts = json.putObject("row_counts");
        m.rowCounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        ObjectNode timings = json.putObject("timings_ms");
        m.timingsMs().forEach(timings::put);
        try {
            Files.writeString(file, JSON.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + file, e);
        }
    }

    public static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotNotFoundException("Bản công bố thiếu manifest.json: " + file);
        }
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest.json hỏng: " + file + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file, e);
        }
        int version = json.path("contract_version").asInt(1);
        if (version != CONTRACT_VERSION) {
            throw new SnapshotNotFoundException("Bản công bố " + file.getParent() + " được ghi theo hợp đồng dữ liệu phiên bản "
                    + version + ", chương trình này đọc phiên bản " + CONTRACT_VERSION
                    + ": hãy chạy ./thidua analyze để công bố lại từ số liệu đã nạp.");
        }
        return new Manifest(string(json, "run_id"), json.path("year").asInt(), instant(json, "created_at"),
                string(json, "catalogue_version"), instant(json, "watermark"), instant(json, "data_cutoff"),
                json.path("data_cutoff_time_known").asBoolean(true), instant(json, "exported_at"), string(json, "master"),
                longs(json.path("row_counts")), longs(json.path("timings_ms")));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String string(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    private static Instant instant(JsonNode json, String field) {
        String text = string(json, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("manifest.json: " + field + " '" + text + "' không phải thời điểm ISO-8601", e);
        }
    }

    private static Map<String, Long> longs(JsonNode json) {
        Map<String, Long> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }
}
