package vn.thidua.dashboards;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.UnitTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.report.PdfReportWriter;
import vn.thidua.dashboards.report.ReportContent;
import vn.thidua.dashboards.report.ReportContentBuilder;
import vn.thidua.dashboards.report.XlsxReportWriter;
import vn.thidua.dashboards.site.SiteWriter;

import vn.thidua.warehouse.SnapshotNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The comparative report for the 95th-anniversary review ("Báo cáo so sánh kết quả phong trào thi đua năm
 * 2024 với năm 2023"): a PDF with the same charts as the dashboard, as vectors, and its tables as XLSX.
 * Reads the published snapshot only, like the dashboard, and replaces the previous report all at once.
 */
public final class ComparativeReport {

    /** Marks a directory as written by this report, so that only such a directory is ever replaced. */
    static final String MARKER = ".thidua-reports";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ComparativeReport() {
    }

    public static String pdfName(int year) {
        return "bao-cao-so-sanh-" + year + "-" + (year - 1) + ".pdf";
    }

    public static String xlsxName(int year) {
        return "bang-so-lieu-" + year + "-" + (year - 1) + ".xlsx";
    }

    /**
     * @throws vn.thidua.dashboards.snapshot.SnapshotNotFoundException when nothing was published yet
     */
    public static ReportResult write(Path warehouse, Path outDir, int year) {
        DashboardData snapshot = DashboardSite.readYear(warehouse, year);
        List<ChartSection> sections = Charts.sections(snapshot, year, new DashboardTheme());
        ReportContent content = ReportContentBuilder.build(snapshot, year, sections,
                DashboardSite.provinceName(snapshot));
        List<DataTable> units = Federations.of(snapshot).stream()
                .map(f -> UnitTable.of(snapshot, f, year)).toList();
        SiteWriter.publish(outDir, MARKER, dir -> {
            PdfReportWriter.write(content, dir.resolve(pdfName(year)));
            XlsxReportWriter.write(content, units, dir.resolve(xlsxName(year)));
        });
        Path out = outDir.toAbsolutePath().normalize();
        Path pdf = out.resolve(pdfName(year));
        return new ReportResult(snapshot.id(), pdf, out.resolve(xlsxName(year)), pageCount(pdf));
    }

    private static int pageCount(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
