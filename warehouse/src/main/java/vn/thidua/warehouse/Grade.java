package vn.thidua.warehouse;

import java.util.Arrays;
import java.util.Locale;

/**
 * The four grades of the year-end evaluation, best first, and the two outcomes that are not grades: a unit
 * that sent no report, and a unit not eligible. The last two are named outcomes, never a silent zero. The
 * codes are the values of the {@code grade} columns of contract §5.
 */
public enum Grade {
    XUAT_SAC("xuat_sac", "Hoàn thành xuất sắc nhiệm vụ"),
    TOT("tot", "Hoàn thành tốt nhiệm vụ"),
    HOAN_THANH("hoan_thanh", "Hoàn thành nhiệm vụ"),
    KHONG_HOAN_THANH("khong_hoan_thanh", "Không hoàn thành nhiệm vụ"),
    KHONG_BAO_CAO("khong_bao_cao", "Không đánh giá — không báo cáo"),
    KHONG_XEP_LOAI("khong_xep_loai", "Không xếp loại — chưa đủ điều kiện");

    private final String code;
    private final String labelVi;

    Grade(String code, String labelVi) {
        this.code = code;
        this.labelVi = labelVi;
    }

    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    /** One of the four grades proper (the rank of a unit among its peers means something). */
    public boolean isGrade() {
        return ordinal() <= KHONG_HOAN_THANH.ordinal();
    }

    /** At least as good as {@code other}; only meaningful between grades proper. */
    public boolean atLeast(Grade other) {
        return isGrade() && ordinal() <= other.ordinal();
    }

    public static Grade fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có mức xếp loại '" + code + "' (có: "
                        + String.join(", ", Arrays.stream(values()).map(Grade::code).toList()) + ")"));
    }
}
