package vn.thidua.sampledata;

/** A grassroots union as planned: its reference row plus the size band its figures are drawn from. */
record PlannedUnit(OrgUnit org, SizeBand band) {

    String code() {
        return org.code();
    }
}
