package vn.thidua.forms.missing;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.roster.Unit;
import vn.thidua.vietnamese.VietnameseFormat;

/** The missing list as the console prints it: the phase and deadline, the province's total, then each federation. */
public final class MissingText {

    private MissingText() {
    }

    public static List<String> lines(MissingList list) {
        List<String> lines = new ArrayList<>();
        lines.add(list.phaseText() + ": " + list.deadlineText() + " (hôm nay " + VietnameseFormat.date(list.today()) + ").");
        lines.add("Toàn tỉnh: " + counts(list.expected(), list.expected() - list.missing(), list.late(), list.missing()));
        for (FederationStatus status : list.federations()) {
            lines.add(status.federation().groupName() + " (" + status.federation().code() + "): "
                    + counts(status.expected().size(), status.reported(), status.late().size(), status.missing()));
            units(lines, "Chưa báo cáo", status.notReported());
            units(lines, "Đã gửi nhưng dòng số liệu bị từ chối, chưa có số liệu", status.rejectedOnly());
            units(lines, "Nộp muộn", status.late());
        }
        return lines;
    }

    private static String counts(int expected, int reported, int late, int missing) {
        return VietnameseFormat.count(expected) + " CĐCS phải báo cáo, " + VietnameseFormat.count(reported) + " đã báo cáo ("
                + VietnameseFormat.count(late) + " nộp muộn), " + VietnameseFormat.count(missing) + " chưa có số liệu.";
    }

    private static void units(List<String> lines, String title, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        lines.add("  " + title + " (" + units.size() + "):");
        units.forEach(u -> lines.add("    " + u.code() + "  " + u.name()));
    }
}
