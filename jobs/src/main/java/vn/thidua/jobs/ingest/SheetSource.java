package vn.thidua.jobs.ingest;

import java.io.IOException;

/** Streams the rows of one submitted file to a consumer, one at a time, so memory stays bounded. */
public interface SheetSource {

    /** How texts in this file write numbers: the delimiter of a CSV or the habit of Vietnamese Excel. */
    NumberStyle numberStyle();

    /** True when the text was decoded from a legacy 8-bit encoding, which a header check must confirm. */
    default boolean legacyEncoding() {
        return false;
    }

    void forEachRow(RowConsumer consumer) throws IOException, FileRejectedException;

    @FunctionalInterface
    interface RowConsumer {
        void accept(SheetRow row) throws FileRejectedException;
    }
}
