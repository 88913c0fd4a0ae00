package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Keeps a copy of every processed file under {@code <workdir>/archive/<year>/phase-<n>/}, named by its
 * checksum, with the unit's import report beside it. Input files are never moved or changed, and a
 * hostile file name can never place anything outside the archive folder.
 */
class ImportArchive {

    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Path root;
    private final Path dryRunReports;

    ImportArchive(Path root, Path dryRunReports) {
        this.root = root.toAbsolutePath().normalize();
        this.dryRunReports = dryRunReports.toAbsolutePath().normalize();
    }

    Path copy(FileImport file) throws IOException {
        Path target = target(file);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".copy", ".tmp");
        Files.copy(file.file().path(), temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The archived copy of a file, made now unless it was already made (by the read-ahead). */
    Path copied(FileImport file) throws IOException {
        Path target = target(file);
        return Files.exists(target) ? target : copy(file);
    }

    private Path target(FileImport file) throws IOException {
        Path dir = root.resolve(Integer.toString(file.file().year())).resolve("phase-" + file.file().phase());
        Path target = dir.resolve(file.sha256().substring(0, 12) + "_" + safeName(file.file().fileName())).normalize();
        if (!target.startsWith(dir)) {
            throw new IOException("Tên tệp không an toàn: " + file.file().fileName());
        }
        return target;
    }

    /** Writes the Vietnamese import report (HTML) beside the archived copy. */
    Path writeReport(Path archived, FileImport file, ImportSummary summary, boolean dryRun) throws IOException {
        Path report = archived.resolveSibling(archived.getFileName() + (dryRun ? ".thu-nghiem" : "") + ".bao-cao.html");
        Files.writeString(report, html(file, summary, dryRun), StandardCharsets.UTF_8);
        return report;
    }

    /** A dry run archives nothing; its report goes to {@code <workdir>/reports/dry-run/<year>/phase-<n>/}. */
    Path writeDryRunReport(FileImport file, ImportSummary summary) throws IOException {
        Path dir = dryRunReports.resolve(Integer.toString(file.file().year())).resolve("phase-" + file.file().phase());
        Files.createDirectories(dir);
        Path report = dir.resolve(file.sha256().substring(0, 12) + "_" + safeName(file.file().fileName()) + ".bao-cao.html")
                .normalize();
        if (!report.startsWith(dir)) {
            throw new IOException("Tên tệp không an toàn: " + file.file().fileName());
        }
        Files.writeString(report, html(file, summary, true), StandardCharsets.UTF_8);
        return report;
    }

    static String safeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_")
                .replace("..", "_")
                .strip();
        if (s.length() > 120) {
            s = s.substring(s.length() - 120);
        }
        return s.isEmpty() || s.equals(".") ? "tep" : s;
    }

    private static String html(FileImport file, ImportSummary s, boolean dryRun) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Kết quả tiếp nhận báo cáo</title><style>body{font-family:sans-serif;max-width:960px;margin:auto;")
                .append("padding:1em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;")
                .append("text-align:left}th{background:#eef}.loi{color:#a00}.canh-bao{color:#a60}</style></head><body>");
        h.append("<h1>Kết quả tiếp nhận báo cáo").append(dryRun ? " (chạy thử, chưa ghi dữ liệu)" : "").append("</h1>");
        h.append("<p>Tệp: <b>").append(esc(s.fileName())).append("</b><br>Năm ").append(file.file().year())
                .append(", đợt ").append(file.file().phase()).append("; nhận lúc ")
                .append(VN_DATE_TIME.format(file.file().receivedAt())).append(s.late() ? " — <b>nộp muộn</b>" : "")
                .append("</p>");
        if (file.rejected()) {
            h.append("<p class=\"loi\"><b>Tệp bị từ chối, không có số liệu nào được nạp:</b> ")
                    .append(esc(file.fileError().getMessage())).append("</p>");
        }
        h.append("<table><tr><th>Số dòng đọc</th><th>Nạp mới</th><th>Cập nhật</th><th>Không đổi</th><th>Bị từ chối</th>")
                .append("<th>Cảnh báo</th></tr><tr><td>").append(s.rowsRead()).append("</td><td>").append(s.imported())
                .append("</td><td>").append(s.updated()).append("</td><td>").append(s.unchanged()).append("</td><td>")
                .append(s.rejected()).append("</td><td>").append(s.warnings()).append("</td></tr></table>");
        List<Issue> issues = file.issues();
        if (!issues.isEmpty()) {
            h.append("<h2>Chi tiết</h2><table><tr><th>Dòng</th><th>Cột</th><th>Đơn vị</th><th>Mức</th><th>Mã lỗi</th>")
                    .append("<th>Nội dung</th><th>Giá trị</th></tr>");
            for (Issue i : issues) {
                boolean error = i.severity() == Issue.Severity.ERROR;
                h.append("<tr class=\"").append(error ? "loi" : "canh-bao").append("\"><td>")
                        .append(i.lineNo() == null ? "" : i.lineNo()).append("</td><td>").append(esc(i.column()))
                        .append("</td><td>").append(esc(i.unitCode())).append("</td><td>")
                        .append(error ? "Lỗi" : "Cảnh báo").append("</td><td>").append(esc(i.code())).append("</td><td>")
                        .append(esc(i.message())).append("</td><td>").append(esc(i.rawValue())).append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
