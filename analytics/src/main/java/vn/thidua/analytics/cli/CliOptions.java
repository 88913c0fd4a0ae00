package vn.thidua.analytics.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of {@code AnalyticsMain}, parsed by picocli as every command of the project is. The
 * Vietnamese help comes first; the parsed options are an immutable {@link Run}.
 */
@Command(name = "thidua-analytics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tính các chỉ tiêu từ tệp xuất dữ liệu (hợp đồng dữ liệu §3) và công bố ảnh chụp Parquet (§4).",
                "Computes the indicators from the export (contract §3) and publishes a Parquet snapshot (§4)."})
public final class CliOptions {

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Thư mục tệp xuất (§3) / the export")
    Path input;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "Kho số liệu (§4): snapshots/ và current / the warehouse")
    Path warehouse;

    @Option(names = "--year", required = true, paramLabel = "YYYY",
            description = "Năm báo cáo; năm trước được tính để so sánh / the reporting year")
    int year;

    @Option(names = "--run-id", paramLabel = "ID", description = "Tên ảnh chụp (mặc định: giờ UTC yyyyMMdd'T'HHmmss'Z')")
    String runId;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[2] (mặc định, hoặc spark.master của spark-submit) hay spark://host:port")
    String master;

    @Option(names = "--keep", defaultValue = "5", description = "Số ảnh chụp giữ lại, kể cả ảnh đang công bố (${DEFAULT-VALUE})")
    int keep;

    @Option(names = "--shuffle-partitions", defaultValue = "4",
            description = "spark.sql.shuffle.partitions (${DEFAULT-VALUE})")
    int shufflePartitions;

    /** What one run does, checked. */
    public record Run(Path input, Path warehouse, int year, String runId, String master, int keep, int shufflePartitions) {
    }

    /** Parses and checks; a bad command line throws picocli's ParameterException with a Vietnamese message. */
    public static Run parse(String... args) {
        CliOptions options = new CliOptions();
        CommandLine cli = new CommandLine(options);
        cli.parseArgs(args);
        return options.checked(cli);
    }

    public Run checked(CommandLine cli) {
        if (year < 1900 || year > 9999) {
            throw new CommandLine.ParameterException(cli, "--year phải là một năm (1900–9999): " + year);
        }
        if (keep < 1 || shufflePartitions < 1) {
            throw new CommandLine.ParameterException(cli, "--keep và --shuffle-partitions phải từ 1 trở lên");
        }
        if (runId != null && (!RUN_ID.matcher(runId).matches() || runId.equals("current"))) {
            throw new CommandLine.ParameterException(cli, "--run-id chỉ gồm chữ, số, '.', '_' hoặc '-': " + runId);
        }
        return new Run(input.toAbsolutePath().normalize(), warehouse.toAbsolutePath().normalize(), year, runId, master,
                keep, shufflePartitions);
    }
}
