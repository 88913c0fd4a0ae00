package vn.thidua.dashboards.text;

import vn.thidua.dashboards.dataset.FederationStanding;
import vn.thidua.dashboards.dataset.Measure;
import vn.thidua.dashboards.dataset.TableCell;
import vn.thidua.vietnamese.VietnameseFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A federation's headline figure in the few words of a card: "78,4%", "giảm 2,8 điểm so với năm 2023",
 * "xếp thứ 9/11 đơn vị", "toàn tỉnh 87,4%". The movement is decided on the printed (rounded) change, as in
 * {@link Sentences}: "tăng 0,0" is never written.
 */
public final class StandingText {

    private StandingText() {
    }

    public static String value(FederationStanding s) {
        return s.current() == null ? TableCell.NO_DATA : s.measure().text(s.current());
    }

    /** +1 rose, -1 fell, 0 unchanged at the printed precision; null when there is nothing to compare. */
    public static Integer direction(FederationStanding s) {
        Double change = s.change();
        return change == null ? null : BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP).signum();
    }

    public static String change(FederationStanding s, int year) {
        int previousYear = year - 1;
        if (s.current() == null) {
            return null;
        }
        Integer direction = direction(s);
        if (direction == null) {
            return s.previous() == null ? "chưa có số liệu năm " + previousYear + " để so sánh"
                    : "năm " + previousYear + ": " + s.measure().text(s.previous());
        }
        if (direction == 0) {
            return "không đổi so với năm " + previousYear;
        }
        String magnitude = VietnameseFormat.fixed(Math.abs(s.change()), 1)
                + (s.measure() == Measure.PERCENT ? " điểm" : "%");
        return (direction > 0 ? "tăng " : "giảm ") + magnitude + " so với năm " + previousYear;
    }

    /** "xếp thứ 3/11 đơn vị"; null when not ranked. */
    public static String rank(FederationStanding s) {
        return s.rank() == null ? null : "xếp thứ " + s.rank() + "/" + s.ranked() + " đơn vị";
    }

    /** "toàn tỉnh 87,4%" for a rate, "toàn tỉnh 1.234 · chiếm 11,1%" for a total. */
    public static String province(FederationStanding s) {
        if (s.provinceCurrent() == null) {
            return null;
        }
        String text = "toàn tỉnh " + s.measure().text(s.provinceCurrent());
        Double share = s.shareOfProvince();
        return share == null ? text : text + " · chiếm " + VietnameseFormat.percent(share);
    }
}
