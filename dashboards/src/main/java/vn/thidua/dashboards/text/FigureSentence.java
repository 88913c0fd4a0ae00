package vn.thidua.dashboards.summary;

import vn.thidua.dashboards.format.Measure;
import vn.thidua.dashboards.format.VietnameseFormat;
import vn.thidua.dashboards.snapshot.IndicatorValue;

/** One figure as a sentence with its change against the previous year, worded for its measure. */
public final class FigureSentence {

    private FigureSentence() {
    }

    /** @param v null when the snapshot has no row for it: "…: chưa có số liệu." */
    public static String of(String label, Measure measure, IndicatorValue v, int year) {
        int previousYear = year - 1;
        if (v == null) {
            return VietnameseFormat.totalSentence(label, (String) null, null, null, previousYear);
        }
        boolean both = v.value() != null && v.value2023() != null;
        if (measure == Measure.PERCENT) {
            Double points = v.changeAbs() != null ? v.changeAbs() : both ? v.value() - v.value2023() : null;
            return VietnameseFormat.rateSentence(label, v.value(), points, previousYear);
        }
        Double pct = v.changePct() != null ? v.changePct()
                : both && v.value2023() != 0 ? (v.value() - v.value2023()) / v.value2023() * 100 : null;
        if (measure == Measure.MONEY) {
            // "Số tiền hỗ trợ Tết (đồng)" reads "Số tiền hỗ trợ Tết đạt 10,3 tỷ đồng".
            String plain = label.replaceAll("\\s*\\(đồng\\)\\s*$", "");
            return VietnameseFormat.totalSentence(plain, v.value() == null ? null : measure.text(v.value()),
                    v.value2023() == null ? null : measure.text(v.value2023()), pct, previousYear);
        }
        return VietnameseFormat.totalSentence(label, v.value(), v.value2023(), pct, previousYear);
    }
}
