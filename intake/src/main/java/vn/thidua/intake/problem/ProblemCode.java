package vn.thidua.intake.problem;

/**
 * Every kind of problem the intake reports, with what it does to the file. The codes are stored in
 * {@code import_issue.error_code} and shown in their own column of the clerk's report; the sentences a
 * person reads are in {@link Problem#message()}.
 */
public enum ProblemCode {
    // The whole file is refused: nothing of it loads.
    EMPTY_FILE(Effect.FILE, "Tệp rỗng"),
    NO_HEADER(Effect.FILE, "Không có dòng tiêu đề"),
    MISSING_COLUMN(Effect.FILE, "Thiếu cột bắt buộc"),
    WRONG_PERIOD(Effect.FILE, "Sai năm hoặc đợt"),
    ENCODING(Effect.FILE, "Bảng mã không đọc được"),
    MALFORMED_CSV(Effect.FILE, "Tệp CSV hỏng"),
    UNREADABLE(Effect.FILE, "Không đọc được tệp"),
    UNSUPPORTED_TYPE(Effect.FILE, "Loại tệp không nhận"),
    MACROS(Effect.FILE, "Tệp có macro"),
    ZIP_BOMB(Effect.FILE, "Tệp nén bất thường"),
    TOO_LARGE(Effect.FILE, "Tệp quá lớn"),
    NUMBER_STYLES_MIXED(Effect.FILE, "Số ghi theo hai cách"),
    AMBIGUOUS_NUMBER(Effect.FILE, "Số đọc được hai cách"),
    TEMPLATE_VERSION(Effect.FILE, "Mẫu của phiên bản danh mục khác"),
    // The row is refused; the file's other rows load.
    UNIT_MISSING(Effect.ROW, "Thiếu mã đơn vị"),
    UNKNOWN_UNIT(Effect.ROW, "Mã đơn vị không có trong danh mục"),
    UNIT_LEVEL(Effect.ROW, "Đơn vị không báo cáo theo mẫu này"),
    UNIT_CLOSED(Effect.ROW, "Đơn vị không hoạt động trong đợt"),
    DUPLICATE_UNIT(Effect.ROW, "Đơn vị lặp lại"),
    NOT_A_NUMBER(Effect.ROW, "Không phải là số"),
    NEGATIVE(Effect.ROW, "Số âm"),
    NOT_INTEGER(Effect.ROW, "Không phải số nguyên"),
    OUT_OF_BOUNDS(Effect.ROW, "Ngoài giới hạn"),
    REQUIRED_MISSING(Effect.ROW, "Thiếu số liệu bắt buộc"),
    RULE(Effect.ROW, "Số liệu mâu thuẫn"),
    ID_MISSING(Effect.ROW, "Thiếu mã sáng kiến"),
    DUPLICATE_INITIATIVE(Effect.ROW, "Sáng kiến lặp lại"),
    BAD_STATUS(Effect.ROW, "Trạng thái không hợp lệ"),
    BAD_DATE(Effect.ROW, "Ngày không hợp lệ"),
    TITLE_MISSING(Effect.ROW, "Thiếu tên sáng kiến"),
    // A warning: the row still loads.
    LARGE_CHANGE(Effect.WARNING, "Thay đổi lớn so với năm trước"),
    UNKNOWN_COLUMN(Effect.WARNING, "Cột không có trong danh mục"),
    DUPLICATE_COLUMN(Effect.WARNING, "Cột lặp lại"),
    TOTAL_ROW(Effect.WARNING, "Dòng tổng cộng được bỏ qua"),
    OLD_TEMPLATE(Effect.WARNING, "Mẫu của phiên bản danh mục khác");

    /** What a problem of this kind does to the file. */
    public enum Effect { FILE, ROW, WARNING }

    private final Effect effect;
    private final String title;

    ProblemCode(Effect effect, String title) {
        this.effect = effect;
        this.title = title;
    }

    public Effect effect() {
        return effect;
    }

    /** A few Vietnamese words naming the kind of problem, for the summary of a report. */
    public String title() {
        return title;
    }
}
