package vn.thidua.dashboards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.thidua.dashboards.render.PngRenderer;
import vn.thidua.dashboards.report.ReportDocument.Block;
import vn.thidua.dashboards.report.ReportDocument.Bullets;
import vn.thidua.dashboards.report.ReportDocument.Figure;
import vn.thidua.dashboards.report.ReportDocument.Heading;
import vn.thidua.dashboards.report.ReportDocument.Note;
import vn.thidua.dashboards.report.ReportDocument.Paragraph;
import vn.thidua.dashboards.report.ReportDocument.Part;
import vn.thidua.dashboards.report.ReportDocument.Placeholder;
import vn.thidua.dashboards.report.ReportDocument.Subheading;
import vn.thidua.dashboards.report.ReportDocument.Table;
import vn.thidua.dashboards.report.profile.DocumentProfile;

/**
 * The same report as an editable Word document (Apache POI XWPF), for staff to finish before it is signed:
 * real heading styles (so Word's navigation pane and table of contents see them), a table of contents field
 * Word fills in when the file opens, real tables with a repeating header row, charts as pictures, the
 * placeholders highlighted. Page A4 with the decree's margins, Times New Roman, page numbers at the top
 * centre from page 2.
 */
public final class DocxReportWriter {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private DocxReportWriter() {
    }

    public static void write(ReportDocument document, Path file) {
        Path images = null;
        try (XWPFDocument docx = new XWPFDocument()) {
            images = Files.createTempDirectory("thidua-docx-");
            DocxStyles.install(docx);
            page(docx);
            DocxHeader.write(docx, document);
            DocxText.contents(docx, document.contents());
            int[] heading = {0};
            for (Part part : document.body()) {
                part(docx, part, images, heading);
            }
            DocxHeader.closing(docx, document.profile());
            for (Part part : document.appendices()) {
                DocxText.pageBreak(docx);
                part(docx, part, images, heading);
            }
            properties(docx, document);
            docx.enforceUpdateFields(); // Word fills in the contents and the page numbers on opening
            try (OutputStream out = Files.newOutputStream(file)) {
                docx.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + file, e);
        } finally {
            deleteQuietly(images);
        }
    }

    /** {@code heading}: the running number of headings, which names their bookmarks in the contents' order. */
    private static void part(XWPFDocument docx, Part part, Path images, int[] heading) throws IOException {
        DocxText.heading(docx, part.heading(), 1, ++heading[0]);
        for (Block block : part.blocks()) {
            if (block instanceof Heading h) {
                DocxText.heading(docx, h.text(), 2, ++heading[0]);
            } else if (block instanceof Subheading s) {
                DocxText.keepNext(DocxText.paragraph(docx, s.text(), true, false, 13, ParagraphAlignment.LEFT));
            } else if (block instanceof Paragraph p) {
                DocxText.body(docx, p.text());
            } else if (block instanceof Bullets b) {
                b.items().forEach(item -> DocxText.bullet(docx, item, 13, false));
            } else if (block instanceof Figure f) {
                picture(docx, f, images);
            } else if (block instanceof Note n) {
                DocxText.paragraph(docx, n.text(), false, true, 11, ParagraphAlignment.LEFT);
            } else if (block instanceof Table t) {
                DocxTable.write(docx, t.table());
            } else if (block instanceof Placeholder p) {
                placeholder(docx, p);
            }
        }
    }

    private static void picture(XWPFDocument docx, Figure figure, Path images) throws IOException {
        Path png = PngRenderer.render(figure.chart(), images);
        double widthPt = textWidthMm() / 25.4 * 72;
        double heightPt = widthPt * figure.chart().height() / figure.chart().width();
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxText.keepNext(p);
        XWPFRun run = p.createRun();
        try (InputStream in = Files.newInputStream(png)) {
            run.addPicture(in, XWPFDocument.PICTURE_TYPE_PNG, figure.chart().pngName(),
                    org.apache.poi.util.Units.toEMU(widthPt), org.apache.poi.util.Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph title = docx.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        DocxText.run(title, figure.chart().title(), true, false, 12);
    }

    /** Highlighted and in brackets: the part a person writes, never signed as it stands. */
    private static void placeholder(XWPFDocument docx, Placeholder p) {
        XWPFParagraph instruction = docx.createParagraph();
        XWPFRun run = DocxText.run(instruction, "[" + p.instruction() + "]", false, true, 13);
        run.setTextHighlightColor("yellow");
        if (p.facts().isEmpty()) {
            DocxText.bullet(docx, "(Số liệu không cho thấy điểm nổi bật nào.)", 13, true);
        }
        p.facts().forEach(f -> DocxText.bullet(docx, f, 13, true));
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(twips(30));
        margins.setRight(twips(17.6));
        margins.setTop(twips(22));
        margins.setBottom(twips(22));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        section.addNewTitlePg(); // no page number on the first page
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        XWPFParagraph number = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    static double textWidthMm() {
        return 210 - 30 - 17.6;
    }

    static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private static void properties(XWPFDocument docx, ReportDocument document) {
        DocumentProfile profile = document.profile();
        var core = docx.getProperties().getCoreProperties();
        core.setTitle(profile.documentType() + " " + document.subject());
        core.setCreator(profile.issuingBody());
        core.setKeywords("hồ sơ văn bản " + profile.version() + "; bản số liệu " + document.sourceId());
        if (!document.intro().isEmpty()) {
            core.setDescription(String.join(" ", document.intro()));
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing the report
        }
    }
}
