package vn.thidua.forms.missing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Roster;
import vn.thidua.forms.roster.Unit;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Every unit accounted for in one phase: per federation, who is expected and has not reported, who reported
 * late and whose only file was refused, against the deadline as of {@code today}.
 */
public record MissingList(IntakeCatalogue.Phase phase, LocalDate today, List<FederationStatus> federations) {

    public MissingList {
        federations = List.copyOf(federations);
    }

    public static MissingList of(Roster roster, IntakeCatalogue.Phase phase, ReportingFacts facts, LocalDate today) {
        List<FederationStatus> statuses = new ArrayList<>();
        for (Federation federation : roster.federations(phase)) {
            List<Unit> expected = roster.expected(federation, phase);
            List<Unit> notReported = new ArrayList<>();
            List<Unit> rejected = new ArrayList<>();
            List<Unit> late = new ArrayList<>();
            for (Unit unit : expected) {
                Boolean isLate = facts.lateByReportedUnit().get(unit.code());
                if (isLate == null) {
                    (facts.rejectedUnits().contains(unit.code()) ? rejected : notReported).add(unit);
                } else if (isLate) {
                    late.add(unit);
                }
            }
            statuses.add(new FederationStatus(federation, expected, notReported, rejected, late));
        }
        return new MissingList(phase, today, statuses);
    }

    /** Days from today to the deadline: positive while it is ahead, negative once it has passed. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, phase.deadline());
    }

    /** "hạn nộp 10/08/2024, còn 3 ngày" / "…, là hôm nay" / "…, đã quá hạn 5 ngày". */
    public String deadlineText() {
        return "hạn nộp " + VietnameseFormat.date(phase.deadline()) + ", " + daysText();
    }

    /** "còn 3 ngày", "là hôm nay", "đã quá hạn 5 ngày". */
    public String daysText() {
        long days = daysLeft();
        return days > 0 ? "còn " + VietnameseFormat.count(days) + " ngày"
                : days == 0 ? "là hôm nay" : "đã quá hạn " + VietnameseFormat.count(-days) + " ngày";
    }

    /** "Đợt 1 năm 2024 (01/01/2024 – 31/07/2024)". */
    public String phaseText() {
        return "Đợt " + phase.phase() + " năm " + phase.year() + " (" + VietnameseFormat.date(phase.startsOn()) + " – "
                + VietnameseFormat.date(phase.endsOn()) + ")";
    }

    public int expected() {
        return federations.stream().mapToInt(f -> f.expected().size()).sum();
    }

    public int missing() {
        return federations.stream().mapToInt(FederationStatus::missing).sum();
    }

    public int late() {
        return federations.stream().mapToInt(f -> f.late().size()).sum();
    }
}
