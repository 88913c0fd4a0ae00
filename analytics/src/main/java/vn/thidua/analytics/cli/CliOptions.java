package vn.thidua.analytics.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The command line of {@code AnalyticsMain}. */
public record CliOptions(Path input, Path warehouse, int year, String runId, String master, int keep,
                         int shufflePartitions) {

    public static final String USAGE = """
            usage: AnalyticsMain --input DIR --warehouse DIR --year YYYY [--run-id ID]
                                 [--master local[2]|spark://host:port] [--keep 5] [--shuffle-partitions 4]
              --input               the CSV export of data contract §3
              --warehouse           the published warehouse (contract §4); snapshots/ and current live there
              --year                the reporting year; the previous year is computed for value_2023
              --run-id              snapshot name (default: UTC time yyyyMMdd'T'HHmmss'Z')
              --master              Spark master (default: spark.master if set, e.g. by spark-submit, else local[2])
              --keep                snapshots to keep, the current one included (default 5)
              --shuffle-partitions  spark.sql.shuffle.partitions (default 4)""";

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final List<String> OPTIONS = List.of("--input", "--warehouse", "--year", "--run-id", "--master",
            "--keep", "--shuffle-partitions");

    /** A command line that cannot be run; the CLI prints the message and the usage. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static CliOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) { // also accept --name=value
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + args[i]);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        String runId = values.get("--run-id");
        if (runId != null && (!RUN_ID.matcher(runId).matches() || runId.equals("current"))) {
            throw new UsageException("--run-id must be letters, digits, '.', '_' or '-': " + runId);
        }
        return new CliOptions(
                Path.of(required(values, "--input")).toAbsolutePath().normalize(),
                Path.of(required(values, "--warehouse")).toAbsolutePath().normalize(),
                integer(values, "--year", null, 1900, 9999),
                runId,
                values.get("--master"),
                integer(values, "--keep", 5, 1, 10_000),
                integer(values, "--shuffle-partitions", 4, 1, 100_000));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    private static int integer(Map<String, String> values, String name, Integer fallback, int min, int max) {
        String text = fallback == null ? required(values, name) : values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number: " + text);
        }
    }
}
