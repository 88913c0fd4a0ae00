package vn.thidua.dashboards;

import vn.thidua.dashboards.chart.DashboardTheme;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.dataset.DataTable;
import vn.thidua.dashboards.dataset.UnitTable;
import vn.thidua.dashboards.figures.ChartSection;
import vn.thidua.dashboards.figures.Charts;
import vn.thidua.dashboards.report.PdfReportWriter;
import vn.thidua.dashboards.report.DocxReportWriter;
import vn.thidua.dashboards.report.ReportDocument;
import vn.thidua.dashboards.report.ReportDocumentBuilder;
import vn.thidua.dashboards.report.profile.DocumentProfile;
import vn.thidua.dashboards.report.profile.DocumentProfileException;
import vn.thidua.dashboards.report.profile.DocumentProfileFile;
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
 * The comparative report of a year's movement against the year before, as the federation issues it: a PDF
 * in the administrative-document form with the dashboard's charts as vectors, the same document as an
 * editable DOCX (staff finish it in a word processor before it is signed), and its tables as XLSX. Reads
 * the published snapshot and the federation's document profile only, and replaces the previous report all
 * at once.
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

    public static String docxName(int year) {
        return "bao-cao-so-sanh-" + year + "-" + (year - 1) + ".docx";
    }

    /**
     * @param profile the federation's document profile ({@code <data>/report/document-profile.yaml})
     * @throws vn.thidua.warehouse.SnapshotNotFoundException when nothing was published yet
     * @throws DocumentProfileException when the profile is missing or incomplete (nothing is written)
     */
    public static ReportResult write(Path warehouse, Path outDir, int year, Path profile) {
        DocumentProfile documentProfile = DocumentProfileFile.read(profile);
        DashboardData snapshot = DashboardSite.readYear(warehouse, year);
        List<ChartSection> sections = Charts.sections(snapshot, year, new DashboardTheme());
        ReportDocument document = ReportDocumentBuilder.build(snapshot, year, sections, documentProfile);
        List<DataTable> units = Federations.of(snapshot).stream()
                .map(f -> UnitTable.of(snapshot, f, year)).toList();
        SiteWriter.publish(outDir, MARKER, dir -> {
            PdfReportWriter.write(document, dir.resolve(pdfName(year)));
            DocxReportWriter.write(document, dir.resolve(docxName(year)));
            XlsxReportWriter.write(document, units, dir.resolve(xlsxName(year)));
        });
        Path out = outDir.toAbsolutePath().normalize();
        Path pdf = out.resolve(pdfName(year));
        return new ReportResult(snapshot.id(), pdf, out.resolve(docxName(year)), out.resolve(xlsxName(year)), pageCount(pdf));
    }

    private static int pageCount(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
