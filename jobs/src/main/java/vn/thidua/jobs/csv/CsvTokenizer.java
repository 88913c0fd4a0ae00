package vn.thidua.jobs.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 tokenizer with a chosen delimiter: quoted fields, doubled quotes, CR/LF and
 * newlines inside quotes. A record longer than {@code maxRecordChars} is an error, so a hostile
 * single-line file cannot exhaust the heap.
 */
public final class CsvTokenizer {

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    private long line = 1;
    private int pushedBack = -2;
    // our own buffer: Reader.read() per character takes a lock each call, which dominated the ingest profile
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;

    public CsvTokenizer(Reader in, char delimiter, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record, or null at the end of input. */
    public CsvRecord next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = 0;
        while (true) {
            if (++length > maxRecordChars) {
                throw new RecordTooLongException(startLine, maxRecordChars);
            }
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(startLine, "dấu ngoặc kép không được đóng (unclosed quote)");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** Thrown for a record that breaks the CSV grammar; carries the line it started on. */
    public static class MalformedCsvException extends IOException {
        private final long lineNo;

        public MalformedCsvException(long lineNo, String message) {
            super(message);
            this.lineNo = lineNo;
        }

        public long lineNo() {
            return lineNo;
        }
    }

    /** Thrown when one record exceeds the configured size. */
    public static final class RecordTooLongException extends MalformedCsvException {
        public RecordTooLongException(long lineNo, int max) {
            super(lineNo, "dòng dài quá " + max + " ký tự (record longer than " + max + " characters)");
        }
    }
}
