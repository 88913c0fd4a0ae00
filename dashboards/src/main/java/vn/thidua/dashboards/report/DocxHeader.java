package vn.thidua.dashboards.report;

import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.thidua.dashboards.report.profile.DocumentProfile;

/**
 * The two places of the Word document laid out side by side, as Nghị định 30/2020/NĐ-CP puts them: the
 * issuer and the national heading at the top of page 1, "Nơi nhận" and the signature at the end of the
 * body — each a borderless two-column table, which every word processor keeps in place.
 */
final class DocxHeader {

    private DocxHeader() {
    }

    static void write(XWPFDocument docx, ReportDocument document) {
        DocumentProfile p = document.profile();
        XWPFTable table = layout(docx, 42);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(left, p.superiorBody().toUpperCase(Locale.ROOT), false, false, 12, true);
        underlined(centred(left, p.issuingBody().toUpperCase(Locale.ROOT), true, false, 12, false));
        centred(left, p.numberLine(), false, false, 13, false);
        centred(right, p.nationalTitle().toUpperCase(Locale.ROOT), true, false, 12, true);
        underlined(centred(right, p.nationalMotto(), true, false, 13, false));
        centred(right, document.placeAndDate(), false, true, 13, false);

        XWPFParagraph space = docx.createParagraph();
        space.setSpacingAfter(120);
        DocxText.paragraph(docx, p.documentType().toUpperCase(Locale.ROOT), true, false, 14, ParagraphAlignment.CENTER);
        DocxText.paragraph(docx, document.subject(), true, false, 14, ParagraphAlignment.CENTER);
        for (String line : document.intro()) {
            DocxText.paragraph(docx, line, false, true, 13, ParagraphAlignment.CENTER);
        }
        docx.createParagraph().setSpacingAfter(120);
    }

    /** "Nơi nhận:" and its list on the left, the signature block on the right; kept on one page. */
    static void closing(XWPFDocument docx, DocumentProfile p) {
        docx.createParagraph();
        XWPFTable table = layout(docx, 50);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = left.getParagraphs().get(0);
        DocxText.run(title, "Nơi nhận:", true, true, 12);
        for (String recipient : p.recipients()) {
            XWPFParagraph line = left.addParagraph();
            DocxText.keepNext(line);
            DocxText.run(line, "- " + recipient, false, false, 11);
        }
        centred(right, p.signerAuthority().toUpperCase(Locale.ROOT), true, false, 13, true);
        centred(right, p.signerTitle().toUpperCase(Locale.ROOT), true, false, 13, false);
        for (int i = 0; i < 4; i++) {
            centred(right, "", false, false, 13, false); // signature and seal
        }
        centred(right, p.signerName(), true, false, 13, false);
        table.getRow(0).setCantSplitRow(true);
    }

    /** A one-row, two-column table without borders; the left column takes {@code leftPercent} of the width. */
    private static XWPFTable layout(XWPFDocument docx, int leftPercent) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        long width = Math.round(DocxReportWriter.textWidthMm() * 56.6929);
        table.getRow(0).getCell(0).setWidth(Long.toString(width * leftPercent / 100));
        table.getRow(0).getCell(1).setWidth(Long.toString(width * (100 - leftPercent) / 100));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(width * leftPercent / 100));
        grid.addNewGridCol().setW(BigInteger.valueOf(width * (100 - leftPercent) / 100));
        return table;
    }

    private static XWPFRun centred(XWPFTableCell cell, String text, boolean bold, boolean italic, int size, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return DocxText.run(p, text, bold, italic, size);
    }

    /** The rule the decree draws under the issuing body and the motto, as the text's own underline. */
    private static void underlined(XWPFRun run) {
        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    }
}
