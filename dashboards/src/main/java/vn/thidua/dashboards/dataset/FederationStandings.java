package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A federation's headline figures for the whole year, each ranked among the federations and set beside the province. */
public final class FederationStandings {

    /** Rates first (ranked), then the two totals leaders quote (set against the province). */
    public static final List<String> CODES = List.of(PARTICIPATION_RATE, INITIATIVES_PER_100_MEMBERS,
            MEMBERS_ADMITTED_ACHIEVEMENT, TET_COVERAGE, REPORTING_COMPLETENESS, REPORTING_TIMELINESS,
            INITIATIVES_REGISTERED, MEMBERS_ADMITTED);

    private FederationStandings() {
    }

    /** An indicator the snapshot does not know at all is left out rather than shown as a code. */
    public static List<FederationStanding> of(DashboardData snapshot, String federationCode) {
        List<FederationStanding> out = new ArrayList<>();
        for (String code : CODES) {
            Optional<IndicatorValueRow> own = snapshot.federationValue(code, federationCode, IndicatorValueRow.WHOLE_YEAR);
            if (snapshot.indicator(code).isEmpty() && own.isEmpty()) {
                continue;
            }
            out.add(standing(snapshot, code, federationCode, own.orElse(null)));
        }
        return out;
    }

    private static FederationStanding standing(DashboardData snapshot, String code, String federationCode,
                                               IndicatorValueRow own) {
        Measure measure = Labels.measure(snapshot, code);
        String provinceCode = snapshot.provinceCode().orElse(null);
        // the province's own code groups the units directly under it: not one of the federations being ranked
        List<Double> peers = snapshot.values(code, Level.FEDERATION, IndicatorValueRow.WHOLE_YEAR).stream()
                .filter(v -> !Objects.equals(v.orgUnitCode(), provinceCode))
                .map(IndicatorValueRow::value).filter(Objects::nonNull).toList();
        Double current = own == null ? null : own.value();
        int better = better(snapshot, code);
        boolean ranks = (measure == Measure.PERCENT || measure == Measure.RATIO) && better != 0;
        Integer rank = ranks && current != null && !federationCode.equals(provinceCode)
                ? rank(current, peers, measure, better) : null;
        Double province = snapshot.provinceValue(code, IndicatorValueRow.WHOLE_YEAR).map(IndicatorValueRow::value)
                .orElse(null);
        return new FederationStanding(code, Labels.of(snapshot, code), measure, current,
                own == null ? null : own.previousValue(), province, rank, peers.size(), better);
    }

    /**
     * 1 when more is better, -1 when less is, 0 for a figure only stated (catalogue {@code direction}); a
     * catalogue older than the column counts as "more is better", as every headline figure is.
     */
    static int better(DashboardData snapshot, String code) {
        String direction = snapshot.indicator(code).map(IndicatorRow::direction).orElse(null);
        if (direction == null || direction.isBlank() || direction.equals(IndicatorRow.HIGHER_BETTER)) {
            return 1;
        }
        return direction.equals("lower_better") ? -1 : 0;
    }

    /** 1 = the best, higher first. Compared as printed: 87,4% and 87,4% share a rank whatever the 3rd decimal. */
    static int rank(double value, List<Double> peers, Measure measure) {
        return rank(value, peers, measure, 1);
    }

    /** @param better 1: the highest is first; -1: the lowest is first */
    static int rank(double value, List<Double> peers, Measure measure, int better) {
        BigDecimal own = shown(value, measure);
        return 1 + (int) peers.stream().filter(p -> shown(p, measure).compareTo(own) * better > 0).count();
    }

    private static BigDecimal shown(double value, Measure measure) {
        return BigDecimal.valueOf(value).setScale(measure.decimals(), RoundingMode.HALF_UP);
    }
}
