package vn.thidua.jobs.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builders for the malformed and hostile files of the intake tests. */
final class Corpus {

    private Corpus() {
    }

    static Path csv(Path dir, String name, String text) throws IOException {
        return Files.write(dir.resolve(name), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Vietnamese in Windows-1258: base letters precomposed where the code page has them, tones combining. */
    static byte[] windows1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder();
        for (char ch : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (encoder.canEncode(ch)) {
                out.append(ch);
                continue;
            }
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char m : Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).toCharArray()) {
                (("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0) ? tones : base).append(m);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(charset);
    }

    /** An XLSX with title rows above the header, like the federations' templates. */
    static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String s && s.startsWith("=")) {
                        row.createCell(c).setCellFormula(s.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return dir.resolve(name);
    }

    /** Rewrites one entry of a zip (an XLSX) with other content. */
    static void replaceEntry(Path xlsx, String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(rebuilt)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(content);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.write(xlsx, rebuilt.toByteArray());
    }

    static byte[] entry(Path xlsx, String entryName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no entry " + entryName);
    }

    static void addEntry(Path xlsx, String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        try (InputStream raw = Files.newInputStream(xlsx); ZipInputStream in = new ZipInputStream(raw);
             ZipOutputStream out = new ZipOutputStream(rebuilt)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(entryName));
            out.write(content);
            out.closeEntry();
        }
        Files.write(xlsx, rebuilt.toByteArray());
    }
}
