package vn.thidua.evaluation.grading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.evaluation.input.Exclusion;
import vn.thidua.evaluation.input.Reorganisation;
import vn.thidua.evaluation.input.UnitHistory;
import vn.thidua.evaluation.rubric.EligibilityRules;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Whether a unit may be graded, and if not, every reason why: dissolved during the year, on the exclusion
 * list, or not active long enough by the rubric's date (12 months from founding, or 6 from the latest
 * merger or split). Months are calendar months: a unit founded on 01/01/2024 has its 12 months on 31/12/2024.
 */
public final class Eligibility {

    private final EligibilityRules rules;

    public Eligibility(EligibilityRules rules) {
        this.rules = rules;
    }

    /** Empty when the unit is eligible; otherwise the reasons, joined, in Vietnamese. */
    public Optional<String> ineligibility(UnitHistory history, Optional<Exclusion> exclusion,
                                          Optional<Reorganisation> reorganisation) {
        List<String> reasons = new ArrayList<>();
        if (history != null && history.closedOn() != null && !history.closedOn().isAfter(rules.asOf())) {
            reasons.add("đã giải thể ngày " + VietnameseFormat.date(history.closedOn()));
        }
        exclusion.ifPresent(e -> reasons.add("thuộc danh sách không xét: " + e.reason()));
        if (reorganisation.isPresent()) {
            Reorganisation r = reorganisation.get();
            if (!activeFor(r.on(), rules.minMonthsAfterReorganisation())) {
                reasons.add(kind(r) + " ngày " + VietnameseFormat.date(r.on()) + ", chưa đủ "
                        + rules.minMonthsAfterReorganisation() + " tháng hoạt động đến " + VietnameseFormat.date(rules.asOf()));
            }
        } else if (history == null || history.openedOn() == null) {
            reasons.add("không có ngày thành lập trong danh mục đơn vị (org_units.csv)");
        } else if (!activeFor(history.openedOn(), rules.minMonthsOpen())) {
            reasons.add("thành lập ngày " + VietnameseFormat.date(history.openedOn()) + ", chưa đủ "
                    + rules.minMonthsOpen() + " tháng hoạt động đến " + VietnameseFormat.date(rules.asOf()));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Active on {@code since} through the end of {@code asOf} for at least {@code months} whole months. */
    boolean activeFor(LocalDate since, int months) {
        return !since.plusMonths(months).isAfter(rules.asOf().plusDays(1));
    }

    private static String kind(Reorganisation r) {
        String k = r.kind() == null ? "" : r.kind().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (k) {
            case "merger", "sap_nhap", "sáp nhập" -> "sáp nhập";
            case "split", "chia_tach", "chia tách" -> "chia tách";
            default -> "tổ chức lại";
        };
    }
}
