package vn.thidua.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The provincial set generated once per test JVM (seed 2024) into a temporary directory. */
final class Provincial {
    private static Path dir;
    private static ProvincialGenerator.Result result;

    private Provincial() {}

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("thidua-provincial-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = ProvincialGenerator.run(dir, SampleDataGenerator.DEFAULT_SEED, Years.DEFAULT);
            Path d = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
        }
        return dir;
    }

    static ProvincialGenerator.Result result() {
        dir();
        return result;
    }

    static Path inbox(int year, int phase) {
        return dir().resolve("inbox/" + year + "/phase-" + phase);
    }

    static void delete(Path d) {
        try (Stream<Path> s = Files.walk(d)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temp directory
        }
    }
}
