package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.dataset.Labels;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

/** One figure as a sentence with its change against the previous year, worded for its measure and direction. */
public final class FigureSentence {

    private FigureSentence() {
    }

    /** The indicator's own label, measure and direction, from the snapshot's catalogue. */
    public static String of(DashboardData snapshot, String code, IndicatorValueRow v, int year) {
        return of(Labels.of(snapshot, code), snapshot, code, v, year);
    }

    /** Another subject ("Mức chung toàn tỉnh") for the indicator's figure. */
    public static String of(String label, DashboardData snapshot, String code, IndicatorValueRow v, int year) {
        return of(label, Labels.measure(snapshot, code), v, year, Labels.achievement(snapshot, code));
    }

    /** @param v null when the snapshot has no row for it: "…: chưa có số liệu." */
    public static String of(String label, Measure measure, IndicatorValueRow v, int year) {
        return of(label, measure, v, year, true);
    }

    /** @param achievement more is better: "đạt"; otherwise the figure is stated ("là") */
    public static String of(String label, Measure measure, IndicatorValueRow v, int year, boolean achievement) {
        int previousYear = year - 1;
        if (v == null) {
            return Sentences.total(label, (String) null, null, null, previousYear, achievement);
        }
        boolean both = v.value() != null && v.previousValue() != null;
        if (measure == Measure.PERCENT) {
            Double points = v.changeAbs() != null ? v.changeAbs() : both ? v.value() - v.previousValue() : null;
            return Sentences.rate(label, v.value(), points, previousYear, achievement);
        }
        Double pct = v.changePct() != null ? v.changePct()
                : both && v.previousValue() != 0 ? (v.value() - v.previousValue()) / v.previousValue() * 100 : null;
        if (measure == Measure.MONEY) {
            // "Số tiền hỗ trợ Tết (đồng)" reads "Số tiền hỗ trợ Tết đạt 10,3 tỷ đồng".
            String plain = label.replaceAll("\\s*\\(đồng\\)\\s*$", "");
            return Sentences.total(plain, v.value() == null ? null : measure.text(v.value()),
                    v.previousValue() == null ? null : measure.text(v.previousValue()), pct, previousYear, achievement);
        }
        return Sentences.total(label, v.value() == null ? null : measure.text(v.value()),
                v.previousValue() == null ? null : measure.text(v.previousValue()), pct, previousYear, achievement);
    }
}
