package vn.thidua.dashboards.dataset;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.warehouse.Level;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import static vn.thidua.dashboards.data.IndicatorCodes.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The province's initiatives of one kind for the whole year as the units reported them and as their registers
 * (sổ sáng kiến) hold them, and where the difference comes from. The catalogue's gap indicator is "report minus
 * register" only where a unit has both in a phase (contract §1: a row contributes when every term is known), so
 * it is not the whole difference: the rest is initiatives reported by units that sent no register, less those
 * in registers of units that did not report the figure. Those two are summed from the units' phase rows.
 *
 * @param onlyReported reported by units (in phases) without a register; null when the unit rows do not add up
 * @param onlyRegister in registers of units (in phases) that did not report the figure; null likewise
 * @param gap          report minus register where both are known; null when the catalogue has no gap indicator
 */
public record InitiativeBalance(Kind kind, double reported, double register, Double gap, Double onlyReported,
                                Double onlyRegister) {

    /** One kind of initiative figure: the reported indicator, its register counterpart and their gap (may be null). */
    public record Kind(String reported, String register, String gap) {

        public List<String> codes() {
            return gap == null ? List.of(reported, register) : List.of(reported, register, gap);
        }
    }

    public static final List<Kind> KINDS = List.of(
            new Kind(INITIATIVES_REGISTERED, INITIATIVES_REGISTERED_REGISTER, INITIATIVES_REGISTERED_GAP),
            new Kind(INITIATIVES_RECOGNIZED, "initiatives_recognized_register", INITIATIVES_RECOGNIZED_GAP),
            new Kind(INITIATIVES_APPLIED, "initiatives_applied_register", INITIATIVES_APPLIED_GAP),
            new Kind(INITIATIVE_BENEFIT_VND, "initiative_benefit_register_vnd", null));

    /** Phases are numbered from 1; no calendar has more than this many. */
    private static final int MAX_PHASES = 12;

    /** The kind a register or gap indicator belongs to (not the reported one: that has a sentence of its own). */
    public static Optional<Kind> kindOf(String code) {
        return KINDS.stream().filter(k -> code.equals(k.register()) || code.equals(k.gap())).findFirst();
    }

    /** Empty when the snapshot lacks the province's reported or register figure for the year. */
    public static Optional<InitiativeBalance> of(DashboardData snapshot, Kind kind) {
        Double reported = yearValue(snapshot, kind.reported());
        Double register = yearValue(snapshot, kind.register());
        if (reported == null || register == null) {
            return Optional.empty();
        }
        Double gap = kind.gap() == null ? null : yearValue(snapshot, kind.gap());
        double[] apart = apart(snapshot, kind);
        double explained = apart[0] - apart[1] + (gap == null ? 0 : gap);
        boolean addsUp = gap != null && Math.abs(explained - (reported - register)) < 0.5;
        return Optional.of(new InitiativeBalance(kind, reported, register, gap, addsUp ? apart[0] : null,
                addsUp ? apart[1] : null));
    }

    public double difference() {
        return reported - register;
    }

    private static Double yearValue(DashboardData snapshot, String code) {
        return snapshot.provinceValue(code, IndicatorValueRow.WHOLE_YEAR).map(IndicatorValueRow::value).orElse(null);
    }

    /** {reported where the unit had no register, register where the unit reported no figure}, over every phase. */
    private static double[] apart(DashboardData snapshot, Kind kind) {
        double onlyReported = 0;
        double onlyRegister = 0;
        for (int phase = 1; phase <= MAX_PHASES; phase++) {
            Map<String, Double> reported = known(snapshot, kind.reported(), phase);
            Map<String, Double> register = known(snapshot, kind.register(), phase);
            Set<String> units = new HashSet<>(reported.keySet());
            units.addAll(register.keySet());
            for (String unit : units) {
                Double r = reported.get(unit);
                Double g = register.get(unit);
                onlyReported += g == null && r != null ? r : 0;
                onlyRegister += r == null && g != null ? g : 0;
            }
        }
        return new double[] {onlyReported, onlyRegister};
    }

    private static Map<String, Double> known(DashboardData snapshot, String code, int phase) {
        Map<String, Double> out = new HashMap<>();
        for (IndicatorValueRow v : snapshot.values(code, Level.UNIT, phase)) {
            if (v.value() != null) {
                out.putIfAbsent(v.orgUnitCode(), v.value());
            }
        }
        return out;
    }
}
