package vn.thidua.dashboards.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.Federation;
import vn.thidua.dashboards.data.Federations;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.data.UnitNames;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.vietnamese.VietnameseFormat;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

/**
 * The facts the figures support for the parts a person writes (strengths, limitations, directions): the
 * province's largest improvements and setbacks against the previous year, read by which way each indicator
 * is good, the units that did not report or reported late, and the federations furthest behind. Facts
 * only — the judgement stays with the person who signs.
 */
final class AssessmentFacts {

    private static final int MOST = 4;

    private final DashboardData data;
    private final int year;

    AssessmentFacts(DashboardData data, int year) {
        this.data = data;
        this.year = year;
    }

    /** The largest moves for the better: rises of what should rise, falls of what should fall. */
    List<String> improvements() {
        return moves(true);
    }

    /** The largest moves for the worse, then the units that did not report or reported late. */
    List<String> setbacks() {
        List<String> out = new ArrayList<>(moves(false));
        out.addAll(reporting());
        return out;
    }

    /** Where next year's effort is needed: targets not reached and the federations furthest behind. */
    List<String> gaps() {
        List<String> out = new ArrayList<>();
        for (IndicatorRow i : data.indicators().values()) {
            IndicatorValueRow row = data.provinceValue(i.code(), IndicatorValueRow.WHOLE_YEAR).orElse(null);
            if (row != null && row.value() != null && i.code().endsWith("_achievement") && row.value() < 100) {
                out.add(label(i) + " cả tỉnh mới đạt " + VietnameseFormat.percent(row.value()) + ".");
            }
        }
        List<IndicatorValueRow> federations = data.values(IndicatorCodes.PARTICIPATION_RATE, Level.FEDERATION,
                IndicatorValueRow.WHOLE_YEAR).stream().filter(r -> r.value() != null)
                .sorted(Comparator.comparing(IndicatorValueRow::value)).limit(3).toList();
        if (!federations.isEmpty()) {
            out.add("Tỷ lệ đoàn viên đăng ký thi đua thấp nhất: " + federations.stream()
                    .map(r -> UnitNames.tidy(r.orgUnitName()) + " " + VietnameseFormat.percent(r.value()))
                    .collect(Collectors.joining("; ")) + ".");
        }
        return out;
    }

    private List<String> moves(boolean better) {
        record Move(IndicatorRow indicator, IndicatorValueRow row, double relative) {
        }
        List<Move> moves = new ArrayList<>();
        for (IndicatorRow i : data.indicators().values()) {
            if (!i.higherIsBetter() && !"lower_better".equals(i.direction())) {
                continue; // a neutral figure is stated, never called a strength or a limitation
            }
            IndicatorValueRow row = data.provinceValue(i.code(), IndicatorValueRow.WHOLE_YEAR).orElse(null);
            if (row == null || row.value() == null || row.previousValue() == null || row.previousValue() == 0) {
                continue;
            }
            double relative = (row.value() - row.previousValue()) / Math.abs(row.previousValue()) * 100;
            boolean good = i.higherIsBetter() ? relative > 0 : relative < 0;
            if (good == better && Math.abs(relative) >= 0.05) {
                moves.add(new Move(i, row, relative));
            }
        }
        return moves.stream().sorted(Comparator.comparingDouble((Move m) -> -Math.abs(m.relative())))
                .limit(MOST).map(m -> fact(m.indicator(), m.row())).toList();
    }

    /** "Số sáng kiến đăng ký: 1.631 (năm 2023: 1.497), tăng 9,0%." — a colon, so no verb claims anything. */
    private String fact(IndicatorRow indicator, IndicatorValueRow row) {
        Measure measure = Measure.ofUnit(indicator.unit());
        double change = row.value() - row.previousValue();
        String movement = change > 0 ? "tăng " : "giảm ";
        String amount = measure == Measure.PERCENT
                ? VietnameseFormat.fixed(Math.abs(change), 1) + " điểm"
                : VietnameseFormat.fixed(Math.abs(change) / Math.abs(row.previousValue()) * 100, 1) + "%";
        return label(indicator) + ": " + measure.text(row.value()) + " (năm " + (year - 1) + ": "
                + measure.text(row.previousValue()) + "), " + movement + amount + ".";
    }

    /** Units that sent nothing in a phase, and units that sent after the deadline, counted by federation. */
    private List<String> reporting() {
        Map<String, String> federationOf = new LinkedHashMap<>();
        for (Federation f : Federations.of(data)) {
            f.units().forEach(u -> federationOf.put(u.code(), f.shortName()));
        }
        List<String> out = new ArrayList<>();
        for (var phase : data.phasesOf(year)) {
            int p = phase.phase();
            Map<String, IndicatorValueRow> completeness = data.byOrgUnit(IndicatorCodes.REPORTING_COMPLETENESS, Level.UNIT, p);
            Map<String, IndicatorValueRow> timeliness = data.byOrgUnit(IndicatorCodes.REPORTING_TIMELINESS, Level.UNIT, p);
            List<String> silent = completeness.values().stream().filter(r -> r.value() != null && r.value() == 0)
                    .map(IndicatorValueRow::orgUnitCode).toList();
            List<String> late = completeness.values().stream().filter(r -> r.value() != null && r.value() > 0)
                    .filter(r -> timeliness.get(r.orgUnitCode()) != null && timeliness.get(r.orgUnitCode()).value() != null
                            && timeliness.get(r.orgUnitCode()).value() == 0)
                    .map(IndicatorValueRow::orgUnitCode).toList();
            if (!silent.isEmpty()) {
                out.add(phase.name() + ": " + silent.size() + " CĐCS chưa gửi báo cáo (" + byFederation(silent, federationOf)
                        + ").");
            }
            if (!late.isEmpty()) {
                out.add(phase.name() + ": " + late.size() + " CĐCS gửi báo cáo sau hạn " + VietnameseFormat.date(phase.deadline())
                        + " (" + byFederation(late, federationOf) + ").");
            }
        }
        return out;
    }

    private static String byFederation(List<String> units, Map<String, String> federationOf) {
        Map<String, Long> counts = units.stream().collect(Collectors.groupingBy(
                u -> federationOf.getOrDefault(u, "trực thuộc tỉnh"), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String label(IndicatorRow i) {
        return UnitNames.tidy(i.labelVi() == null ? i.code() : i.labelVi());
    }
}
