package vn.thidua.sampledata;

import java.util.ArrayList;
import java.util.List;

/** One province's organisation: the province, its clusters and its reporting groups, in file order. */
record ProvincePlan(OrgUnit province, List<Cluster> clusters, List<ReportingGroup> groups) {

    /** org_units.csv order: the province, its level-2 units, then the grassroots unions group by group. */
    List<OrgUnit> orgUnits() {
        List<OrgUnit> all = new ArrayList<>();
        all.add(province);
        groups.stream().filter(ReportingGroup::hasFederationRow).forEach(g -> all.add(g.federation()));
        groups.forEach(g -> g.units().forEach(u -> all.add(u.org())));
        return all;
    }

    List<PlannedUnit> grassroots() {
        return groups.stream().flatMap(g -> g.units().stream()).toList();
    }

    ReportingGroup group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + key));
    }
}
