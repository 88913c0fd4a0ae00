package vn.thidua.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every zip entry of an XLSX with the current time, so two runs differ. This re-packs the
 * entries in the same order with one fixed local time. {@code setTimeLocal} stores the MS-DOS date
 * fields directly, so the bytes do not depend on the machine's time zone either.
 */
public final class DeterministicZip {
    private DeterministicZip() {}

    /** The same zip, every entry in the same order, stamped with {@code time}. */
    public static byte[] repack(byte[] zip, LocalDateTime time) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024)) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(6);
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(time);
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
