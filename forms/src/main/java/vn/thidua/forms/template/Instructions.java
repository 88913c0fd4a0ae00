package vn.thidua.forms.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.roster.Federation;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * The instructions a clerk reads before filling a template, in the intake's own terms: what a blank cell
 * means, what a correction does and what it cannot do, when a report is late. Every sentence here must stay
 * true of the intake (README "Submission intake"); change both together.
 */
public final class Instructions {

    private Instructions() {
    }

    /** "người", "đồng", "buổi", "số lượng": the unit a column is counted in. */
    public static String unitWord(IntakeCatalogue.Metric metric) {
        return switch (metric.unit()) {
            case "person" -> "người";
            case "vnd" -> "đồng";
            case "session" -> "buổi";
            default -> "số lượng";
        };
    }

    /** "Số nguyên từ 0 đến 100.000", "Số từ 0 trở lên": the bounds a cell's validation enforces. */
    public static String bounds(IntakeCatalogue.Metric metric) {
        String kind = metric.integral() ? "Số nguyên" : "Số";
        BigDecimal min = metric.min() == null ? BigDecimal.ZERO : metric.min();
        return metric.max() == null ? kind + " từ " + VietnameseFormat.exact(min) + " trở lên"
                : kind + " từ " + VietnameseFormat.exact(min) + " đến " + VietnameseFormat.exact(metric.max());
    }

    public static List<String> lines(PhaseForms forms, Federation federation) {
        IntakeCatalogue.Phase phase = forms.phase();
        String start = VietnameseFormat.date(phase.startsOn());
        String end = VietnameseFormat.date(phase.endsOn());
        List<String> lines = new ArrayList<>();
        int n = 0;
        lines.add("HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA " + forms.phaseTitle().toUpperCase(java.util.Locale.ROOT));
        lines.add("Đơn vị tổng hợp: " + federation.groupName() + " (mã " + federation.code() + ").");
        lines.add(++n + ". Mỗi dòng của trang “Báo cáo” là một công đoàn cơ sở (CĐCS) hoạt động trong đợt, từ " + start + " đến "
                + end + ". Cột “Mã đơn vị” đã điền sẵn và được khoá: không sửa, không xoá mã. CĐCS thành lập sau ngày " + end
                + " hoặc đã giải thể trước ngày " + start + " không báo cáo trong đợt này nên không có trong mẫu.");
        lines.add(++n + ". Ô để trống nghĩa là CHƯA BÁO CÁO chỉ tiêu đó, không phải số 0: nếu số liệu bằng 0, hãy ghi 0. Dòng để"
                + " trống mọi cột số liệu nghĩa là CĐCS đó chưa báo cáo.");
        lines.add(++n + ". Số người, số lượt, số buổi, số sáng kiến, số cuộc… là số nguyên không âm; số tiền ghi bằng đồng. Mỗi cột"
                + " có giới hạn (bảng dưới); Excel báo lỗi khi nhập ngoài giới hạn. Các chỉ tiêu bắt buộc phải có ở mỗi CĐCS"
                + " có số liệu: " + required(forms) + ".");
        if (!federation.province()) {
            lines.add(++n + ". Dòng đầu tiên mang mã của chính " + federation.name() + " (" + federation.code() + "): ghi số liệu"
                    + " của cấp mình như số CĐCS thành lập mới, số CĐCS giải thể, số cán bộ công đoàn được đào tạo, bồi dưỡng."
                    + " Để trống dòng này nếu không có.");
        }
        if (!forms.catalogue().rules().isEmpty()) {
            lines.add(++n + ". Số liệu phải hợp lý với nhau; dòng vi phạm sẽ bị từ chối:");
            forms.catalogue().rules().forEach(rule -> lines.add("    – " + rule.messageVi() + "."));
        }
        lines.add(++n + ". Hạn nộp: " + VietnameseFormat.date(phase.deadline()) + ". Tệp nhận sau hạn vẫn được nạp nhưng tính là"
                + " nộp muộn; một CĐCS vẫn được tính đúng hạn nếu lần báo cáo đầu tiên của CĐCS đó đến đúng hạn.");
        lines.add(++n + ". Sửa số liệu đã gửi: gửi lại tệp (đủ mọi dòng hoặc chỉ các dòng cần sửa). Số liệu của tệp gửi sau thay"
                + " cho số đã nạp của các CĐCS có trong tệp, và mọi thay đổi đều được ghi lại. Ô để trống trong tệp gửi lại"
                + " KHÔNG xoá số đã gửi trước (số cũ được giữ nguyên); muốn rút một số liệu đã gửi, hãy liên hệ "
                + forms.contact() + ".");
        lines.add(++n + ". Sau mỗi lần nạp, đơn vị nhận được báo cáo kiểm tra tệp: dòng nào bị từ chối, vì sao và cách sửa. Một"
                + " dòng có lỗi thì cả dòng không được nạp; các dòng khác vẫn được nạp. Tệp chỉ có dòng bị từ chối thì đơn vị"
                + " vẫn là chưa báo cáo.");
        lines.add(++n + ". Lưu tệp dạng Excel (.xlsx), giữ nguyên các dòng tiêu đề phía trên và tên các cột. Không lưu dạng .ods"
                + " hay .xls. Dòng “" + vn.thidua.intake.TemplateStamp.text(forms.catalogue().version()) + "” cho biết mẫu"
                + " lập theo danh mục chỉ tiêu nào: đừng xoá dòng này.");
        lines.add(++n + ". Không có Excel: dùng mẫu CSV cùng tên (.csv, bảng mã UTF-8), mở bằng trình soạn thảo văn bản, ghi số"
                + " liệu vào sau dấu phẩy của từng cột, theo đúng thứ tự các cột ở dòng tiêu đề; ghi số không có dấu ngăn"
                + " cách hàng nghìn (1234567) và không ghi đơn vị tính.");
        lines.add(++n + ". Sổ sáng kiến dùng mẫu riêng (tệp có đuôi “_sang-kien”): mỗi dòng một sáng kiến; Mã sáng kiến do đơn"
                + " vị đặt, không trùng nhau; Ngày đăng ký ghi ngày/tháng/năm (15/03/" + phase.year() + "); Trạng thái là"
                + " Đăng ký, Được công nhận hoặc Đã áp dụng; Cấp công nhận để trống hoặc là Cơ sở, Huyện, Tỉnh, Toàn quốc."
                + " Khi gửi, giữ phần “_sang-kien” ở cuối tên tệp.");
        return lines;
    }

    private static String required(PhaseForms forms) {
        List<String> labels = forms.catalogue().metrics().stream().filter(IntakeCatalogue.Metric::required)
                .map(m -> "“" + m.labelVi() + "”").toList();
        return labels.isEmpty() ? "không có" : String.join(", ", labels);
    }
}
