package vn.thidua.dashboards.report;

import java.util.Locale;
import vn.thidua.dashboards.report.profile.DocumentProfile;

/**
 * The top of page 1 as Nghị định 30/2020/NĐ-CP lays it out: on the left the superior body, the issuing body
 * (bold) with a short rule under it and the number line; on the right the national title, the motto with a
 * rule under it and, in italics, the place and date; then the document type and subject, centred, and the
 * lines that say what the review serves and the movement's theme. Every text comes from the profile and the
 * reference data.
 */
final class PdfHeader {

    /** The left column's share of the text width, as the decree's sample layout divides the page. */
    private static final float LEFT_SHARE = 0.42f;

    private PdfHeader() {
    }

    static void draw(PageFlow flow, ReportDocument document) {
        DocumentProfile p = document.profile();
        ReportFonts fonts = flow.fonts();
        float top = flow.y();
        float leftCentre = PageFlow.MARGIN_X + PageFlow.WIDTH * LEFT_SHARE / 2;
        float rightCentre = PageFlow.MARGIN_X + PageFlow.WIDTH * (LEFT_SHARE + (1 - LEFT_SHARE) / 2);
        float leftWidth = PageFlow.WIDTH * LEFT_SHARE - 6;

        for (String line : TextWrap.lines(fonts.serif(), 12, p.superiorBody().toUpperCase(Locale.ROOT), leftWidth)) {
            flow.centred(line, fonts.serif(), 12, PageFlow.TEXT, leftCentre);
        }
        for (String line : TextWrap.lines(fonts.serifBold(), 12, p.issuingBody().toUpperCase(Locale.ROOT), leftWidth)) {
            flow.centred(line, fonts.serifBold(), 12, PageFlow.TEXT, leftCentre);
        }
        rule(flow, leftCentre, 60);
        flow.moveDown(6);
        flow.centred(p.numberLine(), fonts.serif(), 13, PageFlow.TEXT, leftCentre);
        float leftBottom = flow.y();

        flow.moveDown(flow.y() - top); // back to the top for the right column
        flow.centred(p.nationalTitle().toUpperCase(Locale.ROOT), fonts.serifBold(), 12, PageFlow.TEXT, rightCentre);
        flow.centred(p.nationalMotto(), fonts.serifBold(), 13, PageFlow.TEXT, rightCentre);
        rule(flow, rightCentre, TextWrap.width(fonts.serifBold(), 13, p.nationalMotto()));
        flow.moveDown(12);
        flow.centred(document.placeAndDate(), fonts.serifItalic(), 13, PageFlow.TEXT, rightCentre);
        flow.moveDown(Math.max(0, flow.y() - leftBottom) + 26);

        float centre = PageFlow.MARGIN_X + PageFlow.WIDTH / 2;
        flow.centred(p.documentType().toUpperCase(Locale.ROOT), fonts.serifBold(), 14, PageFlow.TEXT, centre);
        for (String line : TextWrap.lines(fonts.serifBold(), 14, document.subject(), PageFlow.WIDTH - 40)) {
            flow.centred(line, fonts.serifBold(), 14, PageFlow.TEXT, centre);
        }
        for (String intro : document.intro()) {
            for (String line : TextWrap.lines(fonts.serifItalic(), 13, intro, PageFlow.WIDTH - 30)) {
                flow.centred(line, fonts.serifItalic(), 13, PageFlow.TEXT, centre);
            }
        }
        flow.moveDown(18);
    }

    /** A short solid rule centred under the line above, as the decree draws under the issuer and the motto. */
    private static void rule(PageFlow flow, float centre, float width) {
        float y = flow.y() + 2;
        flow.line(centre - width / 2, y, centre + width / 2, y, PageFlow.TEXT, 0.6f);
        flow.moveDown(2);
    }
}
