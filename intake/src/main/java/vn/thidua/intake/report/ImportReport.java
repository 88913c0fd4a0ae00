package vn.thidua.intake.report;

import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.thidua.intake.FileImport;
import vn.thidua.intake.ImportOutcome;
import vn.thidua.intake.InboxFile;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.problem.Problem;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * The report a unit or a federation reads back for each file it sent ({@code …bao-cao.html}): when it was
 * received against the deadline, how it was read, what it changed (every value, old and new), what a blank
 * cell kept, and every problem as a plain sentence, with the unit's name beside its code. Self-contained
 * HTML (no script, no external file), readable on a phone.
 */
public final class ImportReport {

    private ImportReport() {
    }

    /**
     * @param contact whom a unit asks to withdraw a figure it sent (a blank cell cannot), from the federation's
     *                profile
     */
    public static String html(FileImport file, ImportOutcome outcome, IntakeCatalogue catalogue, String contact,
                              boolean dryRun) {
        Html h = new Html();
        h.raw("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Kết quả tiếp nhận báo cáo: ").text(file.file().fileName()).raw("</title><style>"
                + "*{box-sizing:border-box}body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:auto;padding:1em;color:#222;"
                + "line-height:1.45}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
                + ".cuon{overflow-x:auto}table{border-collapse:collapse;width:100%}"
                + "td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}"
                + "th{background:#eef2f7}td.so{text-align:right;white-space:nowrap}.ma{color:#666;font-size:.85em}"
                + ".loi{color:#a00}.canh-bao{color:#8a5a00}.tu-choi{border:2px solid #a00;padding:.6em;background:#fff4f4}"
                + ".ghi-chu{background:#f6f6f6;padding:.6em}"
                // on a phone each row becomes a card: a label before every value, no sideways scrolling
                + "@media (max-width:640px){table,tbody,tr,td{display:block;width:100%}tr:first-child{display:none}"
                + "tr{border:1px solid #ccc;margin:.5em 0;padding:.3em}td{border:none;padding:2px 4px}"
                + "td.so{text-align:left}td[data-nhan]::before{content:attr(data-nhan) \": \";font-weight:bold}}"
                + "</style></head><body>");
        h.raw("<h1>Kết quả tiếp nhận báo cáo").text(dryRun ? " (chạy thử, chưa ghi vào cơ sở dữ liệu)" : "").raw("</h1>");
        receipt(h, file, catalogue);
        if (file.refused()) {
            h.raw("<p class=\"tu-choi\"><b>Tệp bị từ chối, không số liệu nào được nạp.</b> ").text(file.refusal().message())
                    .raw("</p>");
        } else {
            summary(h, file, outcome);
        }
        problems(h, file, catalogue);
        changes(h, outcome, catalogue);
        kept(h, outcome, catalogue, contact);
        if (file.file().kind() == InboxFile.Kind.INITIATIVES) {
            h.raw("<h2>Muốn sửa sổ sáng kiến?</h2><p class=\"ghi-chu\">Gửi một sổ bổ sung chỉ gồm các sáng kiến cần sửa,"
                    + " cùng mẫu sổ và giữ nguyên mã sáng kiến. Mỗi sáng kiến trong sổ sau thay thông tin đã nộp của sáng"
                    + " kiến cùng mã; ô để trống giữ nguyên thông tin đã nộp; các sáng kiến không có trong sổ bổ sung giữ"
                    + " nguyên.</p>");
        } else {
            h.raw("<h2>Muốn sửa số liệu?</h2><p class=\"ghi-chu\">Gửi một tệp bổ sung chỉ gồm các đơn vị cần sửa, cùng"
                    + " mẫu báo cáo. Số liệu trong tệp sau thay số liệu đã nộp của từng đơn vị có trong tệp; ô để trống giữ"
                    + " nguyên số đã nộp; các đơn vị không có trong tệp bổ sung giữ nguyên số liệu cũ.</p>");
        }
        return h.raw("</body></html>\n").toString();
    }

    private static void receipt(Html h, FileImport file, IntakeCatalogue catalogue) {
        InboxFile inbox = file.file();
        IntakeCatalogue.Phase phase = catalogue.phase();
        h.raw("<p>Tệp: <b>").text(inbox.fileName()).raw("</b><br>Năm ").text(String.valueOf(inbox.year()))
                .raw(", đợt ").text(String.valueOf(inbox.phase())).raw(" (").text(VietnameseFormat.date(phase.startsOn()))
                .raw(" – ").text(VietnameseFormat.date(phase.endsOn())).raw("), hạn nộp ")
                .text(VietnameseFormat.date(phase.deadline())).raw(".<br>Nhận: ")
                .text(VietnameseFormat.dateTime(inbox.receivedOn(), inbox.receivedTime()));
        if (file.late()) {
            long days = ChronoUnit.DAYS.between(phase.deadline(), inbox.receivedOn());
            h.raw(" — <b>nộp muộn</b> ").text(days + " ngày (hạn nộp " + VietnameseFormat.date(phase.deadline()) + ")");
        } else {
            h.text(" — đúng hạn");
        }
        h.raw("</p>");
        if (file.source() != null) {
            h.raw("<p>Loại tệp: ").text(file.source()).raw(".");
            List<String> absent = catalogue.metrics().stream().filter(m -> file.file().kind() == InboxFile.Kind.SUBMISSION
                    && !file.refused() && !file.metricColumns().contains(m.code())).map(IntakeCatalogue.Metric::labelVi).toList();
            if (!absent.isEmpty()) {
                h.raw("<br>").text("Tệp không có cột: " + String.join("; ", absent) + ". Các số liệu này được ghi là chưa"
                        + " báo cáo (không phải số 0).");
            }
            if (file.numberStyle() != null) {
                h.raw("<br>Cách ghi số: ").text(file.numberStyle().description());
                if (file.styleEvidence() != null) {
                    h.text(", căn cứ " + file.styleEvidence());
                }
                h.raw(".");
            }
            h.raw("</p>");
        }
    }

    private static void summary(Html h, FileImport file, ImportOutcome o) {
        boolean register = file.file().kind() == InboxFile.Kind.INITIATIVES;
        String what = register ? "sáng kiến" : "đơn vị";
        long refusedRows = file.refusedRows();
        long errors = file.rowErrors();
        String sentence = "Đã đọc " + file.rowsRead() + " dòng số liệu: "
                + (register ? (o.imported() + " sáng kiến được ghi vào sổ")
                        : o.imported() + " đơn vị nạp mới, " + o.updated() + " đơn vị được cập nhật, " + o.unchanged()
                                + " đơn vị không đổi")
                + "; " + refusedRows + " dòng bị từ chối" + (errors > refusedRows ? " (" + errors + " lỗi)" : "")
                + "; " + file.warnings() + " cảnh báo.";
        h.raw("<p>").text(sentence).raw("</p><div class=\"cuon\"><table><tr><th>Số dòng đọc</th>");
        if (register) {
            h.raw("<th>Sáng kiến được ghi</th>");
        } else {
            h.raw("<th>Đơn vị nạp mới</th><th>Đơn vị được cập nhật</th><th>Đơn vị không đổi</th>");
        }
        h.raw("<th>Dòng bị từ chối</th><th>Lỗi</th><th>Cảnh báo</th></tr><tr>").count("Số dòng đọc", file.rowsRead());
        if (register) {
            h.count("Sáng kiến được ghi", o.imported());
        } else {
            h.count("Đơn vị nạp mới", o.imported()).count("Đơn vị được cập nhật", o.updated())
                    .count("Đơn vị không đổi", o.unchanged());
        }
        h.count("Dòng bị từ chối", refusedRows).count("Lỗi", errors).count("Cảnh báo", file.warnings())
                .raw("</tr></table></div>");
        if (!register && refusedRows > 0) {
            h.raw("<p>").text("Mỗi " + what + " có dòng bị từ chối giữ nguyên số liệu đã nộp trước (nếu có); sửa các lỗi"
                    + " dưới đây rồi gửi tệp bổ sung.").raw("</p>");
        }
    }

    private static void problems(Html h, FileImport file, IntakeCatalogue catalogue) {
        List<Problem> listed = file.problems().stream().filter(p -> p != file.refusal()).toList();
        List<Problem> errors = listed.stream().filter(p -> !p.isWarning()).toList();
        List<Problem> warnings = listed.stream().filter(Problem::isWarning).toList();
        if (!errors.isEmpty()) {
            h.raw("<h2>Lỗi: các dòng sau bị từ chối, cần sửa rồi gửi lại</h2>");
            problemTable(h, errors, catalogue);
        }
        if (!warnings.isEmpty()) {
            h.raw("<h2>Cảnh báo: số liệu vẫn được nạp, vui lòng kiểm tra lại</h2>");
            problemTable(h, warnings, catalogue);
        }
    }

    private static void problemTable(Html h, List<Problem> problems, IntakeCatalogue catalogue) {
        h.raw("<div class=\"cuon\"><table><tr><th>Dòng</th><th>Ô</th><th>Đơn vị</th><th>Nội dung</th><th>Ghi trong tệp</th>"
                + "<th>Mã lỗi</th></tr>");
        for (Problem p : problems) {
            h.raw("<tr class=\"").raw(p.isWarning() ? "canh-bao" : "loi").raw("\">")
                    .cell("Dòng", p.line() == null ? "" : String.valueOf(p.line()))
                    .cell("Ô", p.cell() == null ? "" : p.cell());
            unitCell(h, p.unitCode(), catalogue);
            h.cell("Nội dung", p.message()).cell("Ghi trong tệp", p.rawValue() == null ? "" : p.rawValue())
                    .raw("<td class=\"ma\" data-nhan=\"Mã lỗi\">").text(p.storedCode()).raw("</td></tr>");
        }
        h.raw("</table></div>");
    }

    private static void changes(Html h, ImportOutcome outcome, IntakeCatalogue catalogue) {
        List<ImportOutcome.ValueChange> corrections = outcome.changes().stream()
                .filter(c -> c.oldValue() != null || hasEarlier(outcome, c.unitCode()))
                .sorted(java.util.Comparator.comparing(ImportOutcome.ValueChange::unitCode)
                        .thenComparingInt(c -> order(catalogue, c.metricCode())))
                .toList();
        if (corrections.isEmpty()) {
            return; // units reporting for the first time: their figures are new, not changes
        }
        h.raw("<h2>Số liệu thay đổi so với lần nộp trước</h2><div class=\"cuon\"><table><tr><th>Đơn vị</th>"
                + "<th>Chỉ số</th><th>Số đã nộp</th><th>Số mới</th></tr>");
        for (ImportOutcome.ValueChange change : corrections) {
            h.raw("<tr>");
            unitCell(h, change.unitCode(), catalogue);
            h.cell("Chỉ số", label(catalogue, change.metricCode()))
                    .number("Số đã nộp", change.oldValue() == null ? "chưa báo cáo" : VietnameseFormat.exact(change.oldValue()))
                    .number("Số mới", VietnameseFormat.exact(change.newValue())).raw("</tr>");
        }
        h.raw("</table></div>");
    }

    private static int order(IntakeCatalogue catalogue, String metricCode) {
        for (int i = 0; i < catalogue.metrics().size(); i++) {
            if (catalogue.metrics().get(i).code().equals(metricCode)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean hasEarlier(ImportOutcome outcome, String unitCode) {
        return outcome.changes().stream().anyMatch(c -> c.unitCode().equals(unitCode) && c.oldValue() != null)
                || outcome.kept().stream().anyMatch(k -> k.unitCode().equals(unitCode));
    }

    private static void kept(Html h, ImportOutcome outcome, IntakeCatalogue catalogue, String contact) {
        if (outcome.kept().isEmpty()) {
            return;
        }
        h.raw("<h2>Số liệu đã nộp được giữ nguyên</h2><p>").text("Các ô sau để trống (hoặc tệp không có cột đó), nên số"
                + " liệu đã nộp trước vẫn được giữ nguyên.").raw("</p><div class=\"cuon\"><table><tr><th>Đơn vị</th>"
                + "<th>Chỉ số</th><th>Số liệu giữ nguyên</th><th>Lý do</th></tr>");
        List<ImportOutcome.KeptValue> kept = outcome.kept().stream()
                .sorted(java.util.Comparator.comparing(ImportOutcome.KeptValue::unitCode)
                        .thenComparingInt(k -> order(catalogue, k.metricCode())))
                .toList();
        for (ImportOutcome.KeptValue value : kept) {
            h.raw("<tr>");
            unitCell(h, value.unitCode(), catalogue);
            h.cell("Chỉ số", label(catalogue, value.metricCode())).number("Giữ nguyên", VietnameseFormat.exact(value.value()))
                    .cell("Lý do", value.columnInFile() ? "ô để trống" : "tệp không có cột này").raw("</tr>");
        }
        h.raw("</table></div><p class=\"ghi-chu\">").text("Ô để trống không xóa số liệu đã nộp. Đơn vị không tự rút được"
                + " một số liệu đã nộp; muốn rút (để số liệu trở về “chưa báo cáo”), hãy đề nghị " + contact + ".")
                .raw("</p>");
    }

    private static void unitCell(Html h, String code, IntakeCatalogue catalogue) {
        String name = catalogue.unitName(code);
        h.raw("<td data-nhan=\"Đơn vị\">");
        if (code != null && !code.isEmpty()) {
            h.text(code);
            if (!name.isEmpty()) {
                h.raw("<br><small>").text(name).raw("</small>");
            }
        }
        h.raw("</td>");
    }

    private static String label(IntakeCatalogue catalogue, String metricCode) {
        return catalogue.metrics().stream().filter(m -> m.code().equals(metricCode)).map(IntakeCatalogue.Metric::labelVi)
                .findFirst().orElse(metricCode);
    }

    /** A small HTML builder that escapes every text. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(4096);

        Html raw(String html) {
            out.append(html);
            return this;
        }

        Html text(String text) {
            out.append(escape(text));
            return this;
        }

        Html cell(String label, String text) {
            return raw("<td data-nhan=\"").text(label).raw("\">").text(text).raw("</td>");
        }

        Html count(String label, long value) {
            return number(label, VietnameseFormat.count(value));
        }

        Html number(String label, String text) {
            return raw("<td class=\"so\" data-nhan=\"").text(label).raw("\">").text(text).raw("</td>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
