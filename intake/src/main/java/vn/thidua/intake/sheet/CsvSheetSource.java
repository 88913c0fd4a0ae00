package vn.thidua.intake.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.thidua.intake.problem.FileRefused;
import vn.thidua.intake.problem.ProblemCode;

/**
 * A text file as an office suite saves it: "CSV UTF-8" (UTF-8 with a BOM), plain UTF-8, "Unicode Text"
 * (UTF-16 with a BOM, tab-separated) or the legacy Windows-1258 of a Vietnamese Windows; separated by
 * {@code ,}, {@code ;} or tab. Read with Commons CSV, strictly: a quote opened and never closed, or text
 * after a closing quote, refuses the file instead of swallowing the rest of it into one cell. Bytes that are
 * not valid in the detected encoding refuse the file too, so mojibake never reaches the database.
 */
final class CsvSheetSource implements SheetSource {

    static final int MAX_RECORD_CHARS = 1_000_000;
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvSheetSource(Path file, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
    }

    static CsvSheetSource open(Path file) throws IOException, FileRefused {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new FileRefused(ProblemCode.EMPTY_FILE, "Tệp rỗng, không có nội dung.");
        }
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (validUtf8(file)) {
            charset = StandardCharsets.UTF_8;
        } else if (Charset.isSupported("windows-1258")) {
            charset = Charset.forName("windows-1258");
        } else {
            throw new FileRefused(ProblemCode.ENCODING, "Tệp không phải UTF-8 và máy chủ không đọc được bảng mã"
                    + " Windows-1258. Hãy mở tệp bằng Excel và lưu lại thành “CSV UTF-8”.");
        }
        String sample = new String(head, bom, head.length - bom, charset);
        return new CsvSheetSource(file, charset, bom, sniffDelimiter(sample));
    }

    @Override
    public boolean legacyEncoding() {
        return !charset.name().startsWith("UTF");
    }

    @Override
    public String describe() {
        String encoding = charset == StandardCharsets.UTF_8 ? (bomLength > 0 ? "UTF-8 có BOM (CSV UTF-8)" : "UTF-8")
                : charset.name().startsWith("UTF-16") ? "UTF-16 (Unicode Text)" : "Windows-1258";
        String separator = switch (delimiter) {
            case ';' -> "dấu chấm phẩy (;)";
            case '\t' -> "dấu tab";
            default -> "dấu phẩy (,)";
        };
        return "tệp văn bản, bảng mã " + encoding + ", các cột phân cách bằng " + separator;
    }

    @Override
    public void forEachRow(RowConsumer consumer) throws IOException, FileRefused {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\n")
                .setIgnoreEmptyLines(false) // every line is a record, so line numbers stay true
                .setLenientEof(false)       // an unclosed quote at the end is an error, not a last cell
                .setTrailingData(false)     // "12"3 is an error, not the text 123
                .get();
        boolean legacy = legacyEncoding();
        long lastLine = 0;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            RecordSizeGuard guard = new RecordSizeGuard(new InputStreamReader(in, decoder));
            try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    List<SheetRow.Cell> cells = new ArrayList<>(record.size());
                    for (String field : record) {
                        // Windows-1258 spells Vietnamese with combining tones; NFC makes it match UTF-8 text
                        cells.add(new SheetRow.Cell(legacy ? Normalizer.normalize(field, Normalizer.Form.NFC) : field,
                                false));
                    }
                    consumer.accept(new SheetRow(lastLine + 1, cells));
                    lastLine = parser.getCurrentLineNumber();
                    guard.recordRead();
                }
            }
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause(), lastLine + 1);
        } catch (CharacterCodingException e) {
            throw refusal(e, lastLine + 1);
        }
    }

    private FileRefused refusal(IOException thrown, long line) {
        Throwable cause = thrown;
        // Commons CSV wraps what the reader threw: look for our own reasons along the chain
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException || t instanceof RecordTooLong) {
                cause = t;
            }
        }
        if (cause instanceof CharacterCodingException) {
            return new FileRefused(ProblemCode.ENCODING, "Tệp có ký tự không hợp lệ trong bảng mã " + charset.displayName()
                    + " (từ dòng " + line + "). Hãy mở tệp bằng Excel và lưu lại thành “CSV UTF-8”.");
        }
        if (cause instanceof RecordTooLong) {
            return new FileRefused(ProblemCode.MALFORMED_CSV, "Tệp CSV hỏng: từ dòng " + line + " có một dòng dài hơn "
                    + "1.000.000 ký tự. Hãy mở tệp bằng Excel, kiểm tra và lưu lại.");
        }
        String detail = cause.getMessage() == null ? "" : cause.getMessage();
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new FileRefused(ProblemCode.MALFORMED_CSV, "Tệp CSV hỏng: ô bắt đầu ở dòng " + line + " mở dấu ngoặc"
                    + " kép (\") mà không đóng, nên phần còn lại của tệp không đọc được. Hãy sửa ô đó bằng Excel và lưu lại.");
        }
        return new FileRefused(ProblemCode.MALFORMED_CSV, "Tệp CSV hỏng ở dòng " + line + ": sau dấu ngoặc kép đóng (\")"
                + " còn ký tự khác trong cùng ô. Hãy sửa ô đó bằng Excel và lưu lại.");
    }

    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[64 * 1024];
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            while (reader.read(buffer) >= 0) {
                // decoding the whole file is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter that splits the first lines into the most fields, outside quotes. */
    static char sniffDelimiter(String sample) {
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int max = 0;
            int count = 0;
            boolean quoted = false;
            int lines = 0;
            for (int i = 0; i < sample.length() && lines < 30; i++) {
                char c = sample.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == candidate) {
                    count++;
                } else if (!quoted && c == '\n') {
                    max = Math.max(max, count);
                    count = 0;
                    lines++;
                }
            }
            max = Math.max(max, count);
            if (max > bestCount) {
                best = candidate;
                bestCount = max;
            }
        }
        return best;
    }

    /**
     * Commons CSV has no limit on a record's size: a 50 MB line (or a quote never closed) would be read
     * whole into memory. This reader counts what was read since the last record and stops past the limit.
     */
    private static final class RecordSizeGuard extends FilterReader {
        private long sinceRecord;

        RecordSizeGuard(Reader in) {
            super(in);
        }

        void recordRead() {
            sinceRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            sinceRecord += n;
            if (sinceRecord > MAX_RECORD_CHARS + 64 * 1024) {
                throw new RecordTooLong();
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }
}
