package vn.thidua.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thidua.sampledata.Layout.Format;
import vn.thidua.sampledata.Layout.Headers;

/**
 * Who sent what, when, in which shape, for the provincial inbox of the reporting year. Written out by
 * hand so that the README can describe every file: a third each of plain CSV, Vietnamese CSV and
 * XLSX; two late files in phase 1 (deadline 10/08) and one in phase 2 (deadline 10/01 of the next year).
 */
final class InboxSchedule {
    private final Years years;

    private InboxSchedule(Years years) {
        this.years = years;
    }

    /**
     * @param time     optional "HHmm" after the date in the file name
     * @param register whether the group also sends an initiative register (XLSX for GD in phase 1)
     */
    record FileSpec(String group, Phase phase, LocalDate received, String time, Format format, Headers headers,
                    boolean yearPhase, boolean nameFirst, boolean register) {

        boolean late() {
            return received.isAfter(phase.deadline());
        }

        String prefix() {
            return received.format(DateTimeFormatter.ISO_LOCAL_DATE) + (time == null ? "" : "_" + time);
        }
    }

    /** Phase-1 files arrive in August of the reporting year. */
    private FileSpec p1(String g, int day, Format f, Headers h, boolean yp, boolean register) {
        return new FileSpec(g, years.reportingPhase(1), years.reportingDay(8, day), null, f, h, yp, false, register);
    }

    /** Phase-2 files arrive in January of the next year. */
    private FileSpec p2(String g, int day, String time, Format f, Headers h, boolean yp, boolean register) {
        return new FileSpec(g, years.reportingPhase(2), years.followingDay(1, day), time, f, h, yp, false, register);
    }

    static List<FileSpec> files(Years years) {
        return new InboxSchedule(years).files();
    }

    private List<FileSpec> files() {
        return List.of(
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
                new FileSpec("TT", years.reportingPhase(1), years.reportingDay(8, 9), null, Format.CSV_PLAIN, Headers.LABEL,
                        false, true, true),
                p2("TP", 8, null, Format.CSV_PLAIN, Headers.LABEL, false, true),
                p2("BB", 9, null, Format.CSV_VN, Headers.LABEL, true, false),
                p2("BT", 6, null, Format.XLSX, Headers.LABEL, false, true),
                p2("CD", 14, null, Format.CSV_PLAIN, Headers.CODE, false, true),
                p2("CM", 10, null, Format.CSV_VN, Headers.LABEL, false, false),
                p2("NR", 7, null, Format.XLSX, Headers.UPPER, false, true),
                p2("NS", 8, null, Format.CSV_PLAIN, Headers.ALIAS, false, false),
                p2("PN", 9, null, Format.CSV_VN, Headers.UNACCENTED, false, false),
                p2("VC", 3, null, Format.XLSX, Headers.LABEL, false, false),
                p2("GD", 10, "1630", Format.CSV_PLAIN, Headers.LABEL, false, true),
                p2("YT", 9, null, Format.CSV_VN, Headers.LABEL, false, true),
                p2("TT", 8, null, Format.XLSX, Headers.LABEL, false, true));
    }

    /** XLSX files that carry a row of merged group headings; the first one also has a "Tổng cộng" row. */
    static boolean groupHeader(FileSpec f) {
        return f.format() == Format.XLSX && !f.group().equals("CD") && !f.group().equals("NR");
    }

    static boolean totalRow(FileSpec f) {
        return f.group().equals("TP") && f.phase().phase() == 1;
    }

    /** Pác Nặm's form lacks the two columns its units never fill: those figures are absent, not zero. */
    static List<Metric> metrics(FileSpec f, ReportingGroup g) {
        return Metric.ALL.stream()
                .filter(m -> g.hasFederationRow() || !Metric.FEDERATION_ONLY.contains(m))
                .filter(m -> !(f.group().equals("PN") && f.phase().phase() == 1
                        && (m == Metric.UNION_SHELTERS || m == Metric.COLLECTIVE_AGREEMENTS)))
                .toList();
    }

    static boolean registerAsXlsx(FileSpec f) {
        return f.group().equals("GD") && f.phase().phase() == 1;
    }
}
