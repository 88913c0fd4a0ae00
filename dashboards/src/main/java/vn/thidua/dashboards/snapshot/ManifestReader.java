package vn.thidua.dashboards.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the few manifest fields the dashboard shows; unknown fields are ignored on purpose. */
final class ManifestReader {

    /** The federation's clock: a time with an offset is shown as the readers' local time. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ManifestReader() {
    }

    static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotNotFoundException("Bản công bố thiếu manifest.json: " + file
                    + " / The published snapshot has no manifest.json: " + file);
        }
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            return new Manifest(
                    text(json, "run_id"),
                    json.hasNonNull("year") ? json.get("year").asInt() : null,
                    parseTime(text(json, "created_at")),
                    text(json, "catalogue_version"),
                    parseTime(text(json, "watermark")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    /** Accepts ISO-8601 with an offset or {@code Z} (converted to Vietnam time) or without (taken as is). */
    static LocalDateTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String iso = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(VIETNAM).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                return null; // a footer without a time is better than no dashboard
            }
        }
    }
}
