package vn.thidua.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import vn.thidua.intake.FileImport;

/**
 * Keeps a copy of every processed file under {@code <workdir>/archive/<year>/phase-<n>/}, named by its
 * checksum, with the unit's import report beside it. Input files are never moved or changed, and a
 * hostile file name can never place anything outside the archive folder.
 */
class ImportArchive {

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

    /** Writes the clerk's import report (HTML) beside the archived copy. */
    Path writeReport(Path archived, String html, boolean dryRun) throws IOException {
        Path report = archived.resolveSibling(archived.getFileName() + (dryRun ? ".thu-nghiem" : "") + ".bao-cao.html");
        Files.writeString(report, html, StandardCharsets.UTF_8);
        return report;
    }

    /** A dry run archives nothing; its report goes to {@code <workdir>/reports/dry-run/<year>/phase-<n>/}. */
    Path writeDryRunReport(FileImport file, String html) throws IOException {
        Path dir = dryRunReports.resolve(Integer.toString(file.file().year())).resolve("phase-" + file.file().phase());
        Files.createDirectories(dir);
        Path report = dir.resolve(file.sha256().substring(0, 12) + "_" + safeName(file.file().fileName()) + ".bao-cao.html")
                .normalize();
        if (!report.startsWith(dir)) {
            throw new IOException("Tên tệp không an toàn: " + file.file().fileName());
        }
        Files.writeString(report, html, StandardCharsets.UTF_8);
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
}
