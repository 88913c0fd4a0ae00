package vn.thidua.dashboards.dataset;

/** What a per-federation figure is set against: the province, the 100 % target, or nothing but the previous year. */
public enum ReferenceLine {
    /** The province's own figure for the phase, the previous year dashed and this year solid. */
    PROVINCE,
    /** 100%: the target (achievement indicators). */
    TARGET,
    NONE
}
