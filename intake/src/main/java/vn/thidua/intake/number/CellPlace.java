package vn.thidua.intake.number;

/** Where a typed number sits, named the way the sender finds it: "ô F12 (cột Số tiền hỗ trợ Tết (đồng))". */
public record CellPlace(long line, String column, String cell) {

    public String describe() {
        return "ô " + cell + " (cột " + column + ")";
    }
}
