package vn.thidua.forms.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.intake.IntakeCatalogue;

/**
 * The org units and who collects whose report: each district/sector federation its grassroots unions, the
 * province those directly under it. Federations come in the order the caller gives the units (its official
 * order), the province's own group last; units within a federation are listed by code.
 */
public record Roster(List<Unit> units) {

    public Roster {
        units = List.copyOf(units);
    }

    public Unit province() {
        return units.stream().filter(u -> u.level() == 1).findFirst()
                .orElseThrow(() -> new IllegalStateException("org_units has no level-1 unit"));
    }

    /**
     * The federations open during the phase (or with grassroots unions open in it), then the province's own
     * group when it has grassroots unions: every expected unit belongs to exactly one of them.
     */
    public List<Federation> federations(IntakeCatalogue.Phase phase) {
        List<Federation> federations = new ArrayList<>();
        for (Unit unit : units) {
            Federation federation = new Federation(unit.code(), unit.name(), false);
            // a federation dissolved before the phase still collects for its units open in it: none is lost
            if (unit.level() == 2 && (unit.openDuring(phase) || !expected(federation, phase).isEmpty())) {
                federations.add(federation);
            }
        }
        Unit province = province();
        Federation own = new Federation(province.code(), province.name(), true);
        if (!expected(own, phase).isEmpty()) {
            federations.add(own);
        }
        return federations;
    }

    public Optional<Federation> federation(String code, IntakeCatalogue.Phase phase) {
        return federations(phase).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The grassroots unions of the federation that are expected to report in the phase, by code. */
    public List<Unit> expected(Federation federation, IntakeCatalogue.Phase phase) {
        return units.stream()
                .filter(u -> u.level() == 3 && federation.code().equals(u.parentCode()) && u.openDuring(phase))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }
}
