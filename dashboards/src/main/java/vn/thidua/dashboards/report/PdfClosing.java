package vn.thidua.dashboards.report;

import java.util.Locale;
import vn.thidua.dashboards.report.profile.DocumentProfile;

/**
 * The end of the body: "Nơi nhận:" and its list at the bottom left, the signature block at the right — the
 * authority ("TM. BAN THƯỜNG VỤ"), the title ("CHỦ TỊCH"), room for the signature and seal, then the name
 * (left blank until the signer is known). Kept together on one page.
 */
final class PdfClosing {

    private PdfClosing() {
    }

    static void draw(PageFlow flow, DocumentProfile p) {
        ReportFonts fonts = flow.fonts();
        float leftWidth = PageFlow.WIDTH * 0.48f;
        float rightCentre = PageFlow.MARGIN_X + PageFlow.WIDTH * 0.74f;
        var recipients = p.recipients().stream()
                .flatMap(r -> TextWrap.lines(fonts.serif(), 11, "- " + r, leftWidth).stream()).toList();
        float height = Math.max(14 + recipients.size() * 11 * 1.3f, 3 * 13 * 1.3f + 80) + 20;
        flow.moveDown(14);
        flow.ensure(height);
        float top = flow.y();
        flow.text("Nơi nhận:", fonts.serifBold(), 12, PageFlow.TEXT, PageFlow.MARGIN_X, top - 12);
        flow.moveDown(12 * 1.4f);
        for (String line : recipients) {
            flow.text(line, fonts.serif(), 11, PageFlow.TEXT, PageFlow.MARGIN_X, flow.y() - 11);
            flow.moveDown(11 * 1.3f);
        }
        float leftBottom = flow.y();
        flow.moveDown(flow.y() - top);
        flow.centred(p.signerAuthority().toUpperCase(Locale.ROOT), fonts.serifBold(), 13, PageFlow.TEXT, rightCentre);
        flow.centred(p.signerTitle().toUpperCase(Locale.ROOT), fonts.serifBold(), 13, PageFlow.TEXT, rightCentre);
        flow.moveDown(72); // signature and seal
        if (!p.signerName().isBlank()) {
            flow.centred(p.signerName(), fonts.serifBold(), 13, PageFlow.TEXT, rightCentre);
        }
        flow.moveDown(Math.max(0, flow.y() - leftBottom) + 6);
    }
}
