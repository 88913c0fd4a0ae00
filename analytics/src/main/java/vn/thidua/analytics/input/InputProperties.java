package vn.thidua.analytics.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import vn.thidua.analytics.AnalyticsException;

/**
 * input.properties of the export (contract §3): which catalogue and which state of the database the run saw,
 * and the data cut-off (when the last accepted file was received, and whether its time of day is known).
 */
public record InputProperties(String catalogueVersion, Instant watermark, Instant dataCutoff, boolean dataCutoffTimeKnown,
                              Instant exportedAt) {

    public static InputProperties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AnalyticsException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String version = properties.getProperty("catalogue_version");
        if (version == null || version.isBlank()) {
            throw new AnalyticsException(file + ": catalogue_version is missing");
        }
        return new InputProperties(version.trim(), instant(properties, "watermark", file),
                instant(properties, "data_cutoff", file),
                !"false".equals(trimmed(properties.getProperty("data_cutoff_time_known"))),
                instant(properties, "exported_at", file));
    }

    private static Instant instant(Properties properties, String key, Path file) {
        String text = trimmed(properties.getProperty(key));
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new AnalyticsException(file + ": " + key + " '" + text + "' không phải thời điểm ISO-8601");
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
