package vn.thidua.dashboards.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's styles: Times New Roman throughout (as administrative documents are written; Word and
 * LibreOffice both have it or its metric twin), and the two heading levels as Word's own "heading 1" and
 * "heading 2", with outline levels, so that the navigation pane and the table of contents find them.
 */
final class DocxStyles {

    static final String FONT = "Times New Roman";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private DocxStyles() {
    }

    static void install(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(heading(HEADING_1, "heading 1", 0));
        styles.addStyle(heading(HEADING_2, "heading 2", 1));
    }

    private static XWPFStyle heading(String id, String name, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outlineLevel == 0 ? 240 : 160));
        spacing.setAfter(BigInteger.valueOf(80));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(26));
        run.addNewSzCs().setVal(BigInteger.valueOf(26));
        run.addNewColor().setVal("000000");
        return new XWPFStyle(style);
    }
}
