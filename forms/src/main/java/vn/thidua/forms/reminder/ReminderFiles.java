package vn.thidua.forms.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.missing.MissingList;
import vn.thidua.vietnamese.VietnameseFormat;

/**
 * Writes a phase's reminders: per federation {@code nhac-nho_dot-N-YYYY_<code>.txt} and {@code .html}, and
 * {@code nguoi-nhan_dot-N-YYYY.csv}, the list of recipients. The reference data has no contact column
 * ({@code org_units.csv}), so the contact columns are there, empty, for the clerk to fill: never made up.
 */
public final class ReminderFiles {

    static final List<String> RECIPIENT_COLUMNS = List.of("Mã đơn vị nhận", "Tên đơn vị nhận", "Số CĐCS chưa có số liệu",
            "Hạn nộp", "Người liên hệ", "Điện thoại", "Email", "Tệp nhắc (văn bản)", "Tệp nhắc (HTML)");

    private ReminderFiles() {
    }

    public static String baseName(MissingList list) {
        return "dot-" + list.phase().phase() + "-" + list.phase().year();
    }

    /** @return the files written: each reminder's text and HTML, then the recipients' CSV */
    public static List<Path> write(MissingList list, List<Reminder> reminders, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<List<String>> recipients = new ArrayList<>();
        recipients.add(RECIPIENT_COLUMNS);
        for (Reminder reminder : reminders) {
            String name = "nhac-nho_" + baseName(list) + "_" + reminder.federation().fileKey();
            written.add(Files.writeString(dir.resolve(name + ".txt"), reminder.text(), StandardCharsets.UTF_8));
            written.add(Files.writeString(dir.resolve(name + ".html"), reminder.html(), StandardCharsets.UTF_8));
            recipients.add(List.of(reminder.federation().code(), reminder.federation().groupName(),
                    String.valueOf(reminder.missing()), VietnameseFormat.date(list.phase().deadline()), "", "", "",
                    name + ".txt", name + ".html"));
        }
        written.add(writeCsv(dir.resolve("nguoi-nhan_" + baseName(list) + ".csv"), recipients));
        return written;
    }

    private static Path writeCsv(Path file, List<List<String>> lines) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            out.append(String.join(",", line.stream().map(ReminderFiles::field).toList())).append("\r\n");
        }
        return Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        String safe = vn.thidua.spreadsheet.SafeCellText.of(value);
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
