package vn.thidua.sampledata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a correct ingestion of one phase of the reporting year should find, counted from the files as written.
 *
 * @param expectedUnits  grassroots unions open during the phase
 * @param reportingUnits distinct known grassroots unions, open in the phase, with a row (after the
 *                       resubmission, duplicates counted once)
 * @param onTimeUnits    those whose figures arrived by the deadline
 * @param federationRows level-2 rows (unions founded/dissolved, cadres trained)
 * @param rejectedRows   rows that must not be accepted as a unit's figures (unknown code, closed unit)
 * @param duplicateRows  extra copies of a unit's row within one file
 */
record InboxExpectation(Phase phase, int files, int dataRows, int expectedUnits, int reportingUnits, int onTimeUnits,
                        int federationRows, int rejectedRows, int duplicateRows) {

    static List<InboxExpectation> of(ProvincePlan plan, List<SubmissionFile> files, List<Phase> phases) {
        Map<String, OrgUnit> units = plan.orgUnits().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        return phases.stream().map(ph -> {
            List<SubmissionFile> inPhase = files.stream().filter(f -> f.phase().equals(ph)).toList();
            Set<String> reporting = new LinkedHashSet<>();
            Set<String> onTime = new LinkedHashSet<>();
            int rows = 0;
            int federation = 0;
            int rejected = 0;
            int duplicates = 0;
            for (SubmissionFile f : inPhase) {
                Set<String> seen = new LinkedHashSet<>();
                for (Row r : f.rows()) {
                    rows++;
                    OrgUnit u = units.get(r.unitCode);
                    if (u != null && u.level() == 2) {
                        federation++;
                    } else if (u == null || !u.openDuring(ph)) {
                        rejected++;
                    } else {
                        if (!seen.add(r.unitCode)) {
                            duplicates++;
                        }
                        reporting.add(r.unitCode);
                        if (!f.late()) {
                            onTime.add(r.unitCode);
                        }
                    }
                }
            }
            int expected = (int) plan.grassroots().stream().filter(u -> u.org().openDuring(ph)).count();
            return new InboxExpectation(ph, inPhase.size(), rows, expected, reporting.size(), onTime.size(), federation,
                    rejected, duplicates);
        }).toList();
    }
}
