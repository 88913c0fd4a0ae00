package vn.thidua.dashboards;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code --warehouse DIR --year YYYY [--out DIR] [--reports DIR]}, at least one of --out
 * (the dashboard) and --reports (the comparative report: PDF and XLSX). Exit codes: 0 written, 1 nothing
 * to render (no published snapshot, or render failed), 2 wrong arguments.
 */
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

    private static final String USAGE = "Cách dùng / usage: DashboardsMain --warehouse DIR --year YYYY "
            + "[--out DIR] [--reports DIR]";
    private static final List<String> OPTIONS = List.of("--warehouse", "--out", "--reports", "--year");

    private DashboardsMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Map<String, String> options;
        int year;
        try {
            options = parse(args);
            year = Integer.parseInt(options.get("--year"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            Path warehouse = Path.of(options.get("--warehouse"));
            if (options.containsKey("--out")) {
                RenderResult result = DashboardSite.render(warehouse, Path.of(options.get("--out")), year);
                System.out.printf("Đã tạo trang tổng quan từ bản số liệu %s: %d biểu đồ, %s%n",
                        result.snapshotId(), result.charts(), result.files().get(0));
            }
            if (options.containsKey("--reports")) {
                ReportResult report = ComparativeReport.write(warehouse, Path.of(options.get("--reports")), year);
                System.out.printf("Đã tạo báo cáo so sánh từ bản số liệu %s: %d trang, %s và %s%n",
                        report.snapshotId(), report.pages(), report.pdf(), report.xlsx());
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("Tham số không hợp lệ / unknown option: " + key);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Thiếu giá trị cho / missing value for " + key);
            }
            options.put(key, args[++i]);
        }
        for (String required : new String[] {"--warehouse", "--year"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Thiếu / missing " + required);
            }
        }
        if (!options.containsKey("--out") && !options.containsKey("--reports")) {
            throw new IllegalArgumentException("Cần --out hoặc --reports (hoặc cả hai) / need --out and/or --reports");
        }
        return options;
    }
}
