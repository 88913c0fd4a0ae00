package vn.thidua.dashboards.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A unit's reporting over the year in a few words, for a table cell: "Đúng hạn", "Thiếu Đợt 2", "Muộn Đợt 1". */
public final class ReportSummary {

    private ReportSummary() {
    }

    /** @param byPhase the unit's status in each phase, in phase order */
    public static String of(Map<Integer, ReportStatus> byPhase) {
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        boolean anyExpected = false;
        boolean timeKnown = true;
        for (var e : byPhase.entrySet()) {
            ReportStatus s = e.getValue();
            anyExpected |= s.expected();
            if (s == ReportStatus.NOT_REPORTED) {
                missing.add(PhaseNames.of(e.getKey()));
            } else if (s == ReportStatus.LATE) {
                late.add(PhaseNames.of(e.getKey()));
            } else if (s == ReportStatus.REPORTED) {
                timeKnown = false;
            }
        }
        if (!anyExpected) {
            return TableCell.NO_CHANGE;
        }
        long expected = byPhase.values().stream().filter(ReportStatus::expected).count();
        if (missing.size() == expected) {
            return "Chưa gửi";
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("Thiếu " + String.join(", ", missing));
        }
        if (!late.isEmpty()) {
            parts.add((parts.isEmpty() ? "Muộn " : "muộn ") + String.join(", ", late));
        }
        if (parts.isEmpty()) {
            return timeKnown ? "Đúng hạn" : "Đã gửi";
        }
        return String.join("; ", parts);
    }
}
