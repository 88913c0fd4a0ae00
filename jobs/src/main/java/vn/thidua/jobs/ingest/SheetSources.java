package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a file by its extension and first bytes; refuses what it cannot read safely. */
final class SheetSources {

    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private SheetSources() {
    }

    static SheetSource open(Path file) throws IOException, FileRejectedException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long size = Files.size(file);
        if (size == 0) {
            throw new FileRejectedException("EMPTY_FILE", "Tệp rỗng (empty file)");
        }
        if (size > MAX_FILE_BYTES) {
            throw new FileRejectedException("TOO_LARGE", "Tệp lớn " + size / (1024 * 1024) + " MB, vượt giới hạn "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB (file too large)");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(8);
        }
        boolean ole2 = magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0;
        boolean zip = magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K';
        if (name.endsWith(".xls") || ole2) {
            throw new FileRejectedException("UNSUPPORTED_TYPE",
                    "Định dạng Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx hoặc CSV UTF-8");
        }
        if (name.endsWith(".xlsm") || name.endsWith(".xlsb")) {
            throw new FileRejectedException("MACROS", "Tệp Excel có macro/nhị phân (.xlsm/.xlsb) không được nhận;"
                    + " hãy lưu thành .xlsx");
        }
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new FileRejectedException("UNREADABLE", "Tệp có đuôi .xlsx nhưng không phải tệp Excel hợp lệ");
            }
            return new XlsxSheetSource(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CsvSheetSource.open(file);
        }
        throw new FileRejectedException("UNSUPPORTED_TYPE", "Loại tệp không được hỗ trợ: chỉ nhận .csv và .xlsx");
    }
}
