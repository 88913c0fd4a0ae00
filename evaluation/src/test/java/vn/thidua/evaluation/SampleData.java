package vn.thidua.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where the tests find the shipped rubric (sample-data/, set by Surefire) and the small test rubric. */
public final class SampleData {

    private SampleData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("thidua.sampleData", "../sample-data"));
    }

    public static Path rubric() {
        return dir().resolve("evaluation").resolve("rubric-2024.yaml");
    }

    public static String testRubric() {
        try (InputStream in = SampleData.class.getResourceAsStream("/rubric-test.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
