package vn.thidua.intake.number;

/**
 * How a file writes numbers, decided from all of its typed numbers ({@link NumberEvidence}), never from its
 * delimiter or encoding: an office suite saves numbers "as displayed", whatever the separator.
 */
public enum NumberStyle {
    /** 1.234.567 and 12,5: the Vietnamese regional format. */
    VIETNAMESE("số trong tệp được đọc theo cách Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân (1.234.567; 12,5)"),
    /** 1234567 or 1,234,567 and 12.5. */
    DECIMAL_POINT("số trong tệp được đọc theo cách dùng dấu chấm thập phân (1234567 hoặc 1,234,567; 12.5)"),
    /** Only whole numbers without any separator: both ways read them alike. */
    WHOLE_NUMBERS_ONLY("tệp chỉ có số nguyên không có dấu ngăn cách (1234567), đọc như nhau theo mọi cách");

    private final String description;

    NumberStyle(String description) {
        this.description = description;
    }

    /** For the clerk's report, after "Cách ghi số: ". */
    public String description() {
        return description;
    }
}
