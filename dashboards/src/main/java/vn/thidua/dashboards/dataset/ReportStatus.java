package vn.thidua.dashboards.dataset;

/** Whether a grassroots union reported in one phase, as the snapshot's unit rows tell it. */
public enum ReportStatus {
    /** Reported before the phase's deadline. */
    ON_TIME,
    /** Reported, but its first file came after the deadline. */
    LATE,
    /** Reported; the snapshot does not say whether on time. */
    REPORTED,
    /** Expected (open during the phase) and sent nothing. */
    NOT_REPORTED,
    /** Not open during the phase: nobody expected a report. */
    NOT_EXPECTED;

    public boolean reported() {
        return this == ON_TIME || this == LATE || this == REPORTED;
    }

    public boolean expected() {
        return this != NOT_EXPECTED;
    }
}
