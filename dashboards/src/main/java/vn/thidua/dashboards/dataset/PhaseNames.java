package vn.thidua.dashboards.dataset;

/** "Đợt 1", "Đợt 2", and phase 0 is the whole year: how a phase is named on every chart and table. */
public final class PhaseNames {

    private PhaseNames() {
    }

    public static String of(int phase) {
        return phase == 0 ? "Cả năm" : "Đợt " + phase;
    }
}
