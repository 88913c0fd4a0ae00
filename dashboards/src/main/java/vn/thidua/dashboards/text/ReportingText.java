package vn.thidua.dashboards.text;

import vn.thidua.dashboards.dataset.FederationReporting;
import vn.thidua.dashboards.dataset.FederationReporting.PhaseReporting;
import vn.thidua.dashboards.dataset.PhaseNames;
import vn.thidua.vietnamese.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a federation's units reported, in the words of its page: counts per phase and what an empty list means. */
public final class ReportingText {

    private ReportingText() {
    }

    /** The phase as the calendar names it ("Đợt 1 năm 2024"), else "Đợt 1". */
    public static String name(PhaseReporting p) {
        return p.calendar() != null && p.calendar().name() != null && !p.calendar().name().isBlank()
                ? p.calendar().name() : PhaseNames.of(p.phase());
    }

    /** "Hạn nộp 10/08/2024."; null when the snapshot has no deadline for it. */
    public static String deadline(PhaseReporting p) {
        return p.calendar() == null || p.calendar().deadline() == null ? null
                : "Hạn nộp " + VietnameseFormat.date(p.calendar().deadline()) + ".";
    }

    /** "Đã gửi 4/5 CĐCS · đúng hạn 3/5." */
    public static String summary(PhaseReporting p) {
        if (p.expected() == 0) {
            return "Không có CĐCS nào phải báo cáo đợt này.";
        }
        String text = "Đã gửi " + p.reported() + "/" + p.expected() + " CĐCS";
        if (p.timelinessKnown()) {
            text += " · đúng hạn " + (p.reported() - p.late().size()) + "/" + p.expected();
        }
        return text + ".";
    }

    public static String notReportedHeading(PhaseReporting p) {
        return "Chưa gửi báo cáo (" + p.notReported().size() + ")";
    }

    public static String lateHeading(PhaseReporting p) {
        return "Nộp muộn (" + p.late().size() + ")";
    }

    public static String noneMissing() {
        return "Tất cả CĐCS đã gửi báo cáo.";
    }

    public static String noneLate(PhaseReporting p) {
        return p.timelinessKnown() ? "Không có CĐCS nào nộp muộn."
                : "Bản số liệu không cho biết CĐCS nào nộp muộn.";
    }

    /**
     * What the leader should follow up, in one line for the top of the page: "1 CĐCS chưa gửi báo cáo Đợt 2; 1 CĐCS
     * nộp muộn Đợt 1."; empty when every unit reported on time.
     */
    public static Optional<String> attention(FederationReporting reporting) {
        List<String> parts = new ArrayList<>();
        reporting.phases().stream().filter(p -> !p.notReported().isEmpty()).forEach(p ->
                parts.add(p.notReported().size() + " CĐCS chưa gửi báo cáo " + PhaseNames.of(p.phase())));
        reporting.phases().stream().filter(p -> !p.late().isEmpty()).forEach(p ->
                parts.add(p.late().size() + " CĐCS nộp muộn " + PhaseNames.of(p.phase())));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts) + ".");
    }

    public static String silentAllYear(int count, int year) {
        return count + " CĐCS chưa gửi báo cáo đợt nào trong năm " + year + ":";
    }
}
