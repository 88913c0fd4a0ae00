package vn.thidua.dashboards;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.vietnamese.cli.VietnameseCommandLine;

/**
 * Command line of the dashboards, parsed by picocli as every command of the project is. Exit codes: 0
 * written, 1 nothing to render (no published snapshot, or rendering failed), 2 wrong arguments.
 */
@Command(name = "thidua-dashboards", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Vẽ trang tổng quan và báo cáo so sánh từ ảnh chụp Parquet đang công bố (hợp đồng dữ liệu §4, §5).",
                "Renders the dashboard and the comparative report from the published snapshot."})
public final class DashboardsMain {

    static {
        System.setProperty("java.awt.headless", "true");
        // POI logs through Log4j's API; on its own (no Spring here) that API would complain on stderr that
        // it has no provider. Its simple logger, at error level only, keeps the console for our messages.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
    }

    @Option(names = "--warehouse", required = true, paramLabel = "DIR", description = "Kho số liệu (§4) / the warehouse")
    Path warehouse;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm báo cáo / the reporting year")
    int year;

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục trang tổng quan / the dashboard's directory")
    Path out;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Thư mục báo cáo so sánh (PDF, DOCX, XLSX) / the comparative report's directory")
    Path reports;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Hồ sơ văn bản của đơn vị ban hành (cần cho --reports), ví dụ sample-data/report/document-profile.yaml")
    Path profile;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        DashboardsMain options = new DashboardsMain();
        CommandLine cli = VietnameseCommandLine.of(options);
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        try {
            if (CommandLine.printHelpIfRequested(cli.parseArgs(args))) {
                return 0;
            }
            if (options.out == null && options.reports == null) {
                throw new CommandLine.ParameterException(cli, "cần --out hoặc --reports (hoặc cả hai)");
            }
            if (options.reports != null && options.profile == null) {
                throw new CommandLine.ParameterException(cli, "--reports cần --profile (hồ sơ văn bản của đơn vị ban hành)");
            }
        } catch (CommandLine.ParameterException e) {
            stderr.println("trang tổng quan: " + VietnameseCommandLine.message(e));
            cli.usage(stderr);
            return 2;
        }
        return options.render(stdout, stderr);
    }

    private int render(PrintStream stdout, PrintStream stderr) {
        try {
            if (out != null) {
                RenderResult result = DashboardSite.render(warehouse, out, year);
                stdout.printf("Đã tạo trang tổng quan từ bản số liệu %s: %d biểu đồ, %s%n",
                        result.snapshotId(), result.charts(), result.files().get(0));
            }
            if (reports != null) {
                ReportResult report = ComparativeReport.write(warehouse, reports, year, profile);
                stdout.printf("Đã tạo báo cáo so sánh từ bản số liệu %s: %d trang, %s, %s và %s%n",
                        report.snapshotId(), report.pages(), report.pdf(), report.docx(), report.xlsx());
            }
            return 0;
        } catch (RuntimeException e) {
            stderr.println("trang tổng quan: không tạo được: " + e.getMessage());
            return 1;
        }
    }
}
