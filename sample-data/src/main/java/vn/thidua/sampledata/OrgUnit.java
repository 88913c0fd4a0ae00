package vn.thidua.sampledata;

import java.time.LocalDate;

/** One row of org_units.csv. {@code cluster} is set for grassroots units only. */
record OrgUnit(String code, String name, String parentCode, int level, String type, String cluster,
               LocalDate openedOn, LocalDate closedOn) {

    /** A unit is expected to report in every phase it was open for at least one day. */
    boolean openDuring(Phase p) {
        return !openedOn.isAfter(p.endsOn()) && (closedOn == null || !closedOn.isBefore(p.startsOn()));
    }

    boolean enterprise() {
        return type.startsWith("dn_") || type.equals("fdi");
    }

    OrgUnit withDates(LocalDate opened, LocalDate closed) {
        return new OrgUnit(code, name, parentCode, level, type, cluster, opened, closed);
    }
}
