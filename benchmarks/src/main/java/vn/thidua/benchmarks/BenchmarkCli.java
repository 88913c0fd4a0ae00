package vn.thidua.benchmarks;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.thidua.vietnamese.cli.VietnameseCommandLine;
import picocli.CommandLine.Command;
import vn.thidua.jobs.cli.Console;

/**
 * The benchmarks, kept out of the application's jar: {@code benchmarks/ingest.sh} and
 * {@code benchmarks/analytics.sh} run them on the national data set beside their anchors.
 */
@Command(name = "thidua-benchmarks", mixinStandardHelpOptions = true,
        description = {"Đo tốc độ nạp và tính chỉ tiêu so với mốc làm cùng việc trên cùng dữ liệu.",
                "Measures ingest and analytics against anchors doing the same work on the same data."},
        subcommands = {IngestBenchmark.class, AnalyticsBenchmark.class})
public class BenchmarkCli implements Callable<Integer> {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = VietnameseCommandLine.of(new BenchmarkCli());
        cli.setOut(new PrintWriter(Console.OUT, true));
        cli.setErr(new PrintWriter(Console.ERR, true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("LỖI: " + VietnameseCommandLine.message(e));
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, Console.OUT);
        return 0;
    }
}
