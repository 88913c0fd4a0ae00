package vn.thidua.intake.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.ProblemCode;

/** Picks the reader for a file by its extension and first bytes; refuses what it cannot read safely. */
public final class SheetSources {

    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private SheetSources() {
    }

    public static SheetSource open(Path file) throws IOException, FileRefused {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        long size = Files.size(file);
        if (size == 0) {
            throw new FileRefused(ProblemCode.EMPTY_FILE, "Tệp rỗng, không có nội dung.");
        }
        if (size > MAX_FILE_BYTES) {
            throw new FileRefused(ProblemCode.TOO_LARGE, "Tệp lớn " + size / (1024 * 1024) + " MB, vượt giới hạn "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB. Hãy tách tệp hoặc bỏ các trang tính không cần thiết.");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(8);
        }
        boolean ole2 = magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0;
        boolean zip = magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K';
        if (name.endsWith(".xls") || ole2) {
            throw new FileRefused(ProblemCode.UNSUPPORTED_TYPE, "Tệp Excel 97-2003 (.xls) không được nhận. Hãy mở tệp"
                    + " bằng Excel và chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx), hoặc CSV UTF-8.");
        }
        if (name.endsWith(".xlsm") || name.endsWith(".xlsb")) {
            throw new FileRefused(ProblemCode.MACROS, "Tệp Excel có macro hoặc dạng nhị phân (.xlsm, .xlsb) không được"
                    + " nhận. Hãy lưu thành Sổ làm việc Excel (.xlsx).");
        }
        if (name.endsWith(".ods") || name.endsWith(".fods")) {
            throw new FileRefused(ProblemCode.UNSUPPORTED_TYPE, "Tệp LibreOffice (.ods) không được nhận. Trong LibreOffice"
                    + " Calc, chọn Tệp → Lưu thành (File → Save As), mục Kiểu tệp chọn “Excel 2007-365 (.xlsx)”,"
                    + " rồi gửi tệp .xlsx đó.");
        }
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new FileRefused(ProblemCode.UNREADABLE, "Tệp có đuôi .xlsx nhưng không phải tệp Excel hợp lệ"
                        + " (có thể tệp bị hỏng hoặc bị đổi đuôi). Hãy mở lại bằng Excel và lưu thành .xlsx.");
            }
            return new XlsxSheetSource(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return CsvSheetSource.open(file);
        }
        throw new FileRefused(ProblemCode.UNSUPPORTED_TYPE, "Loại tệp này không được nhận: chỉ nhận tệp Excel (.xlsx)"
                + " và tệp văn bản (.csv, .txt) lưu từ Excel hoặc LibreOffice.");
    }
}
