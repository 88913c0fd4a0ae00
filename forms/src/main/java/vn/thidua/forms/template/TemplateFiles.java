package vn.thidua.forms.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.roster.Federation;

/** Writes the four templates of each federation (submission and register, XLSX and CSV) into a folder. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** @return the files written, in federation order */
    public static List<Path> write(PhaseForms forms, List<Federation> federations, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Federation federation : federations) {
            written.add(write(dir.resolve(forms.fileName(federation, false, "xlsx")), SubmissionTemplate.xlsx(forms, federation)));
            written.add(write(dir.resolve(forms.fileName(federation, false, "csv")), CsvTemplate.submission(forms, federation)));
            written.add(write(dir.resolve(forms.fileName(federation, true, "xlsx")), RegisterTemplate.xlsx(forms, federation)));
            written.add(write(dir.resolve(forms.fileName(federation, true, "csv")), CsvTemplate.register(forms, federation)));
        }
        return written;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        return Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
