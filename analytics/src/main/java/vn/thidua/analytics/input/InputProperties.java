package vn.thidua.analytics.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import vn.thidua.analytics.AnalyticsException;

/** input.properties of the export: which catalogue and which state of the database the run saw. */
public record InputProperties(String catalogueVersion, String watermark, String exportedAt) {

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
        return new InputProperties(version.trim(), trimmed(properties.getProperty("watermark")),
                trimmed(properties.getProperty("exported_at")));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
