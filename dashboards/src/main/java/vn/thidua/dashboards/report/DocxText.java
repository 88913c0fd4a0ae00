package vn.thidua.dashboards.report;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/** Paragraphs of the Word document: headings, body text, bullets, the contents field, page breaks. */
final class DocxText {

    private DocxText() {
    }

    /** A heading with the bookmark the contents' page reference points at. */
    static XWPFParagraph heading(XWPFDocument docx, String text, int level, int number) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(level == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
        var start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmark(number));
        start.setId(BigInteger.valueOf(number));
        run(p, text, true, false, 13);
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(number));
        return p;
    }

    static String bookmark(int number) {
        return String.format("_Toc%06d", number);
    }

    /** Body text: justified, first line indented 1 cm, as the decree's sample. */
    static void body(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine((int) Math.round(10 * 56.6929));
        p.setSpacingAfter(120);
        run(p, text, false, false, 13);
    }

    static XWPFParagraph paragraph(XWPFDocument docx, String text, boolean bold, boolean italic, int size,
                                   ParagraphAlignment alignment) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        run(p, text, bold, italic, size);
        return p;
    }

    /** "- text" with a hanging indent: a list any word processor shows the same, without a numbering part. */
    static void bullet(XWPFDocument docx, String text, int size, boolean highlighted) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationLeft(425);
        p.setIndentationHanging(283);
        p.setSpacingAfter(60);
        XWPFRun run = run(p, "-\t" + text, false, highlighted, size);
        if (highlighted) {
            run.setTextHighlightColor("yellow");
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(parts[i], i);
        }
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(DocxStyles.FONT);
        run.setFontSize(size);
        return run;
    }

    /**
     * "MỤC LỤC" and a table-of-contents field over the two heading levels, already filled in: each entry
     * carries a page reference to its heading's bookmark, so every word processor shows the right page
     * (LibreOffice computes references when it lays the document out; Word refreshes the whole field).
     */
    static void contents(XWPFDocument docx, List<ReportDocument.TocEntry> entries) {
        paragraph(docx, "MỤC LỤC", true, false, 13, ParagraphAlignment.CENTER);
        for (int i = 0; i < entries.size(); i++) {
            ReportDocument.TocEntry entry = entries.get(i);
            XWPFParagraph p = docx.createParagraph();
            p.setSpacingAfter(0);
            p.setIndentationLeft(entry.level() == 1 ? 0 : 340);
            var tab = p.getCTP().getPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(Math.round(DocxReportWriter.textWidthMm() * 56.6929)));
            run(p, entry.text() + "\t", entry.level() == 1, false, 12);
            CTSimpleField page = p.getCTP().addNewFldSimple();
            page.setInstr(" PAGEREF " + bookmark(i + 1) + " \\h ");
            var r = page.addNewR();
            r.addNewT().setStringValue("…");
        }
        pageBreak(docx);
    }

    /** Keeps a paragraph on the page of the next one (a table's title with the table, a chart with its title). */
    static XWPFParagraph keepNext(XWPFParagraph p) {
        // XWPFParagraph.setKeepNext fails on a paragraph without properties yet (POI 5.5)
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
        return p;
    }

    static void pageBreak(XWPFDocument docx) {
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
}
