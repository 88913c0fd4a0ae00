package vn.thidua.dashboards.text;

import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

/** One figure as a sentence with its change against the previous year, worded for its measure. */
public final class FigureSentence {

    private FigureSentence() {
    }

    /** @param v null when the snapshot has no row for it: "…: chưa có số liệu." */
    public static String of(String label, Measure measure, IndicatorValueRow v, int year) {
        int previousYear = year - 1;
        if (v == null) {
            return Sentences.total(label, (String) null, null, null, previousYear);
        }
        boolean both = v.value() != null && v.previousValue() != null;
        if (measure == Measure.PERCENT) {
            Double points = v.changeAbs() != null ? v.changeAbs() : both ? v.value() - v.previousValue() : null;
            return Sentences.rate(label, v.value(), points, previousYear);
        }
        Double pct = v.changePct() != null ? v.changePct()
                : both && v.previousValue() != 0 ? (v.value() - v.previousValue()) / v.previousValue() * 100 : null;
        if (measure == Measure.MONEY) {
            // "Số tiền hỗ trợ Tết (đồng)" reads "Số tiền hỗ trợ Tết đạt 10,3 tỷ đồng".
            String plain = label.replaceAll("\\s*\\(đồng\\)\\s*$", "");
            return Sentences.total(plain, v.value() == null ? null : measure.text(v.value()),
                    v.previousValue() == null ? null : measure.text(v.previousValue()), pct, previousYear);
        }
        return Sentences.total(label, v.value(), v.previousValue(), pct, previousYear);
    }
}
