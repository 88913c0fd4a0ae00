package vn.thidua.forms.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.thidua.forms.missing.FederationStatus;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.forms.roster.Unit;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * The reminders of a phase: one per federation that still has units without accepted figures, naming them
 * and the deadline. Nothing is sent from here: the clerk sends them by the channel each federation uses.
 */
public final class Reminders {

    private Reminders() {
    }

    /**
     * @param sender       who signs: the provincial federation's name
     * @param templateName the template file a federation sends its figures in (named in the text)
     */
    public static List<Reminder> of(MissingList list, String sender, Function<FederationStatus, String> templateName) {
        List<Reminder> reminders = new ArrayList<>();
        for (FederationStatus status : list.federations()) {
            if (status.missing() > 0) {
                reminders.add(reminder(list, status, sender, templateName.apply(status)));
            }
        }
        return reminders;
    }

    static Reminder reminder(MissingList list, FederationStatus status, String sender, String templateName) {
        String phase = "đợt " + list.phase().phase() + " năm " + list.phase().year();
        String subject = "Nhắc gửi báo cáo thi đua " + phase + ": " + status.missing() + " CĐCS chưa có số liệu";
        String greeting = "Kính gửi: " + status.federation().groupName();
        String opening = sender + " đề nghị " + (status.federation().province() ? "các công đoàn cơ sở dưới đây"
                : "đơn vị đôn đốc các công đoàn cơ sở dưới đây") + " gửi báo cáo kết quả phong trào thi đua " + phase
                + " (kỳ báo cáo " + VietnameseFormat.date(list.phase().startsOn()) + " – "
                + VietnameseFormat.date(list.phase().endsOn()) + "). Hạn nộp là ngày "
                + VietnameseFormat.date(list.phase().deadline()) + "; tính đến ngày " + VietnameseFormat.date(list.today())
                + " " + list.daysText() + ".";
        String notSent = "Chưa gửi báo cáo (" + status.notReported().size() + " CĐCS):";
        String refused = "Đã gửi nhưng các dòng số liệu bị từ chối, nên chưa có số liệu nào được nạp ("
                + status.rejectedOnly().size() + " CĐCS) — xem báo cáo kiểm tra tệp đã gửi kèm kết quả nạp, sửa theo"
                + " hướng dẫn rồi gửi lại:";
        String closing = "Báo cáo gửi theo mẫu của đợt (tệp " + templateName + ", hoặc bản .csv cùng tên); ô để trống được"
                + " hiểu là chưa báo cáo, số 0 xin ghi là 0. Báo cáo gửi sau hạn vẫn được tiếp nhận nhưng được tính là nộp muộn.";

        StringBuilder text = new StringBuilder();
        text.append(subject).append("\n\n").append(greeting).append("\n\n").append(opening).append("\n");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(subject)).append("</title>\n<style>body{font-family:sans-serif;max-width:46em;margin:1em auto;")
                .append("padding:0 1em;line-height:1.5}li{margin:.2em 0}</style>\n</head>\n<body>\n<p><strong>")
                .append(escape(greeting)).append("</strong></p>\n<p>").append(escape(opening)).append("</p>\n");
        section(text, html, notSent, status.notReported());
        section(text, html, refused, status.rejectedOnly());
        text.append("\n").append(closing).append("\n\nTrân trọng,\n").append(sender).append("\n");
        html.append("<p>").append(escape(closing)).append("</p>\n<p>Trân trọng,<br>").append(escape(sender))
                .append("</p>\n</body>\n</html>\n");
        return new Reminder(status.federation(), status.missing(), subject, text.toString(), html.toString());
    }

    private static void section(StringBuilder text, StringBuilder html, String title, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        text.append("\n").append(title).append("\n");
        html.append("<p>").append(escape(title)).append("</p>\n<ol>\n");
        int n = 0;
        for (Unit unit : units) {
            text.append(++n).append(". ").append(unit.code()).append(" – ").append(unit.name()).append("\n");
            html.append("<li>").append(escape(unit.code())).append(" – ").append(escape(unit.name())).append("</li>\n");
        }
        html.append("</ol>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
