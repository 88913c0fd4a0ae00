package vn.thidua.jobs.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import vn.thidua.jobs.csv.CsvRecord;
import vn.thidua.jobs.csv.CsvTokenizer;

/**
 * A CSV as Excel saves it: UTF-8 with or without BOM, UTF-16 with BOM, or the legacy Windows-1258;
 * {@code ,} or {@code ;} (or tab) as delimiter. Bytes that are not valid in the detected encoding reject
 * the file with a message naming the encoding, so mojibake never reaches the database.
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

    static CsvSheetSource open(Path file) throws IOException, FileRejectedException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new FileRejectedException("EMPTY_FILE", "Tệp rỗng (empty file)");
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
            throw new FileRejectedException("ENCODING", "Tệp không phải UTF-8 và máy không đọc được Windows-1258;"
                    + " hãy lưu lại bằng Excel: CSV UTF-8 (file is not UTF-8)");
        }
        String sample = new String(head, bom, head.length - bom, charset);
        return new CsvSheetSource(file, charset, bom, sniffDelimiter(sample));
    }

    @Override
    public boolean legacyEncoding() {
        return !charset.name().startsWith("UTF");
    }

    @Override
    public NumberStyle numberStyle() {
        return delimiter == ';' ? NumberStyle.VIETNAMESE : NumberStyle.PLAIN;
    }

    @Override
    public void forEachRow(RowConsumer consumer) throws IOException, FileRejectedException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
            CsvTokenizer tokenizer = new CsvTokenizer(reader, delimiter, MAX_RECORD_CHARS);
            boolean legacy = legacyEncoding();
            for (CsvRecord record = tokenizer.next(); record != null; record = tokenizer.next()) {
                List<SheetRow.Cell> cells = new ArrayList<>(record.fields().size());
                for (String field : record.fields()) {
                    // Windows-1258 spells Vietnamese with combining tones; NFC makes it match UTF-8 text.
                    cells.add(new SheetRow.Cell(legacy ? Normalizer.normalize(field, Normalizer.Form.NFC) : field, false));
                }
                consumer.accept(new SheetRow(record.lineNo(), cells));
            }
        } catch (CsvTokenizer.MalformedCsvException e) {
            throw new FileRejectedException("MALFORMED_CSV", "Dòng " + e.lineNo() + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new FileRejectedException("ENCODING", "Tệp có byte không hợp lệ trong bảng mã " + charset.displayName()
                    + "; hãy lưu lại bằng Excel: CSV UTF-8 (invalid " + charset.displayName() + " bytes)");
        }
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
}
