package vn.thidua.forms.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.spreadsheet.SafeCellText;

/**
 * The CSV variants, for a unit without a spreadsheet program: UTF-8 with a byte-order mark (so Excel too
 * reads the accents), comma-separated, the same title lines with the version stamp, the same header and
 * prefilled rows as the workbook. Lines end with CRLF as the office suites write them.
 */
public final class CsvTemplate {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTemplate() {
    }

    public static byte[] submission(PhaseForms forms, Federation federation) {
        List<List<String>> lines = new ArrayList<>();
        SubmissionTemplate.titleLines(forms, federation, "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA").forEach(t -> lines.add(List.of(t)));
        List<String> header = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị"));
        forms.catalogue().metrics().stream().map(IntakeCatalogue.Metric::labelVi).forEach(header::add);
        lines.add(header);
        for (Unit unit : SubmissionTemplate.prefilled(forms, federation)) {
            List<String> row = new ArrayList<>(List.of(unit.code(), unit.name()));
            forms.catalogue().metrics().forEach(m -> row.add(""));
            lines.add(row);
        }
        return bytes(lines);
    }

    public static byte[] register(PhaseForms forms, Federation federation) {
        List<List<String>> lines = new ArrayList<>();
        SubmissionTemplate.titleLines(forms, federation, "SỔ SÁNG KIẾN").forEach(t -> lines.add(List.of(t)));
        lines.add(RegisterTemplate.HEADER);
        return bytes(lines);
    }

    static byte[] bytes(List<List<String>> lines) {
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? "" : ",").append(field(line.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /** RFC 4180 quoting, after the formula guard (a name starting with "=" stays text when Excel opens the file). */
    static String field(String value) {
        String safe = SafeCellText.of(value);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
