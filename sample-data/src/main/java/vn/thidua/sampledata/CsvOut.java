package vn.thidua.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A minimal RFC 4180 writer: fields holding the delimiter, a quote or a line break are quoted.
 * Reference files use LF and no BOM (docs/data-contracts.md §1); inbox files imitate Excel's
 * "CSV UTF-8": a BOM and CRLF.
 */
final class CsvOut implements AutoCloseable {
    private static final int BOM = 0xFEFF;

    private final Writer out;
    private final char delimiter;
    private final String eol;
    private int lines;

    private CsvOut(Path file, char delimiter, String eol, boolean bom) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream os = Files.newOutputStream(file);
            this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            if (bom) {
                out.write(BOM);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.delimiter = delimiter;
        this.eol = eol;
    }

    static CsvOut reference(Path file) {
        return new CsvOut(file, ',', "\n", false);
    }

    static CsvOut inbox(Path file, char delimiter) {
        return new CsvOut(file, delimiter, "\r\n", true);
    }

    /** Writes one record and returns its physical line number (1 = the first line). */
    int row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                out.write(quote(fields.get(i)));
            }
            out.write(eol);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ++lines;
    }

    int row(String... fields) {
        return row(List.of(fields));
    }

    private String quote(String f) {
        if (f == null) {
            return "";
        }
        if (f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
