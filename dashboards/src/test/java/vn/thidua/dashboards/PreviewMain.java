package vn.thidua.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the fixture's dashboard and report into a directory, for a person to look at:
 * {@code java -cp <test classpath> vn.thidua.dashboards.PreviewMain /tmp/preview}. Not a test.
 */
public final class PreviewMain {

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        Path warehouse = Files.createTempDirectory("thidua-preview-");
        new DashboardFixture().writeTo(warehouse);
        long t0 = System.nanoTime();
        RenderResult site = DashboardSite.render(warehouse, out.resolve("dashboards"), 2024);
        System.out.printf("dashboard: %d files, %d ms%n", site.files().size(), (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        ReportResult report = ComparativeReport.write(warehouse, out.resolve("reports"), 2024, SampleProfile.FILE);
        System.out.printf("report: %d pages, %d ms%n", report.pages(), (System.nanoTime() - t0) / 1_000_000);
    }
}
