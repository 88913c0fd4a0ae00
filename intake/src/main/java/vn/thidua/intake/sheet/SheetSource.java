package vn.thidua.intake.sheet;

import java.io.IOException;
import vn.thidua.intake.problem.FileRefused;

/** Streams the rows of one submitted file to a consumer, one at a time, so memory stays bounded. */
public interface SheetSource {

    /** True when the text was decoded from a legacy 8-bit encoding, which a header check must confirm. */
    default boolean legacyEncoding() {
        return false;
    }

    /** What the file is, for the clerk's report: "CSV, bảng mã UTF-8, phân cách bằng dấu phẩy". */
    String describe();

    void forEachRow(RowConsumer consumer) throws IOException, FileRefused;

    @FunctionalInterface
    interface RowConsumer {
        void accept(SheetRow row) throws FileRefused;
    }
}
