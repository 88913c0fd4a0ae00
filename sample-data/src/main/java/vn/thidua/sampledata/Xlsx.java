package vn.thidua.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbook plumbing shared by the XLSX writers: styles and a byte-reproducible save. */
final class Xlsx {
    final XSSFWorkbook wb = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle date;

    Xlsx() {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        number = bordered();
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        date = bordered();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * Saves with the creation date and every zip entry time set to {@code stamp} (the day the file was
     * "received", 08:00 local), so a rerun gives identical bytes.
     */
    void save(Path file, String author, LocalDateTime stamp) {
        var core = wb.getProperties().getCoreProperties();
        core.setCreator(author);
        core.setCreated(Optional.of(Date.from(stamp.toInstant(ZoneOffset.ofHours(7)))));
        core.setModified(Optional.of(Date.from(stamp.toInstant(ZoneOffset.ofHours(7)))));
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            wb.write(bytes);
            wb.close();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, vn.thidua.spreadsheet.DeterministicZip.repack(bytes.toByteArray(), stamp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
