package vn.thidua.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thidua.sampledata.Layout.Format;
import vn.thidua.sampledata.Layout.Headers;

/**
 * Who sent what, when, in which shape, for the provincial 2024 inbox. Written out by hand so that
 * the README can describe every file: a third each of plain CSV, Vietnamese CSV and XLSX; two late
 * files in phase 1 (deadline 10/08/2024) and one in phase 2 (deadline 10/01/2025).
 */
final class InboxSchedule {
    private InboxSchedule() {}

    /**
     * @param time     optional "HHmm" after the date in the file name
     * @param register whether the group also sends an initiative register (XLSX for GD in phase 1)
     */
    record FileSpec(String group, int phase, LocalDate received, String time, Format format, Headers headers,
                    boolean yearPhase, boolean nameFirst, boolean register) {

        Phase phaseObj() {
            return Phase.of(2024, phase);
        }

        boolean late() {
            return received.isAfter(phaseObj().deadline());
        }

        String prefix() {
            return received.format(DateTimeFormatter.ISO_LOCAL_DATE) + (time == null ? "" : "_" + time);
        }
    }

    private static FileSpec p1(String g, int day, Format f, Headers h, boolean yp, boolean register) {
        return new FileSpec(g, 1, LocalDate.of(2024, 8, day), null, f, h, yp, false, register);
    }

    private static FileSpec p2(String g, LocalDate d, String time, Format f, Headers h, boolean yp, boolean register) {
        return new FileSpec(g, 2, d, time, f, h, yp, false, register);
    }

    private static LocalDate jan(int day) {
        return LocalDate.of(2025, 1, day);
    }

    static final List<FileSpec> FILES = List.of(
            p1("TP", 7, Format.XLSX, Headers.LABEL, false, true),
            p1("BB", 8, Format.CSV_VN, Headers.LABEL, true, true),
            p1("BT", 5, Format.CSV_PLAIN, Headers.LABEL, false, false),
            p1("CD", 9, Format.XLSX, Headers.UPPER, false, true),
            p1("CM", 10, Format.CSV_PLAIN, Headers.CODE, false, false),
            p1("NR", 12, Format.CSV_VN, Headers.ALIAS, false, false),
            p1("NS", 6, Format.XLSX, Headers.LABEL, false, false),
            p1("PN", 15, Format.CSV_VN, Headers.UNACCENTED, false, false),
            p1("VC", 2, Format.CSV_PLAIN, Headers.LABEL, true, true),
            p1("GD", 8, Format.XLSX, Headers.LABEL, false, true),
            p1("YT", 9, Format.CSV_VN, Headers.LABEL, false, false),
            new FileSpec("TT", 1, LocalDate.of(2024, 8, 9), null, Format.CSV_PLAIN, Headers.LABEL, false, true, true),
            p2("TP", jan(8), null, Format.CSV_PLAIN, Headers.LABEL, false, true),
            p2("BB", jan(9), null, Format.CSV_VN, Headers.LABEL, true, false),
            p2("BT", jan(6), null, Format.XLSX, Headers.LABEL, false, true),
            p2("CD", jan(14), null, Format.CSV_PLAIN, Headers.CODE, false, true),
            p2("CM", jan(10), null, Format.CSV_VN, Headers.LABEL, false, false),
            p2("NR", jan(7), null, Format.XLSX, Headers.UPPER, false, true),
            p2("NS", jan(8), null, Format.CSV_PLAIN, Headers.ALIAS, false, false),
            p2("PN", jan(9), null, Format.CSV_VN, Headers.UNACCENTED, false, false),
            p2("VC", jan(3), null, Format.XLSX, Headers.LABEL, false, false),
            p2("GD", jan(10), "1630", Format.CSV_PLAIN, Headers.LABEL, false, true),
            p2("YT", jan(9), null, Format.CSV_VN, Headers.LABEL, false, true),
            p2("TT", jan(8), null, Format.XLSX, Headers.LABEL, false, true));

    /** XLSX files that carry a row of merged group headings; the first one also has a "Tổng cộng" row. */
    static boolean groupHeader(FileSpec f) {
        return f.format() == Format.XLSX && !f.group().equals("CD") && !f.group().equals("NR");
    }

    static boolean totalRow(FileSpec f) {
        return f.group().equals("TP") && f.phase() == 1;
    }

    /** Pác Nặm's form lacks the two columns its units never fill: those figures are absent, not zero. */
    static List<Metric> metrics(FileSpec f, ReportingGroup g) {
        return Metric.ALL.stream()
                .filter(m -> g.hasFederationRow() || !Metric.FEDERATION_ONLY.contains(m))
                .filter(m -> !(f.group().equals("PN") && f.phase() == 1
                        && (m == Metric.UNION_SHELTERS || m == Metric.COLLECTIVE_AGREEMENTS)))
                .toList();
    }

    static boolean registerAsXlsx(FileSpec f) {
        return f.group().equals("GD") && f.phase() == 1;
    }
}
