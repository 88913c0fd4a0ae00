package vn.thidua.jobs.ingest;

import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.jobs.config.SetupException;

/** A year or phase the calendar (reference/phases.csv) does not have: one clear line, the same on every run. */
public final class UnknownPhaseException extends SetupException {

    /** A phase of a year: "Không có đợt 3 năm 2024 …; năm 2024 có các đợt: 1, 2" or "…; các năm có: 2023, 2024". */
    public UnknownPhaseException(int year, int phase, List<Integer> phasesOfYear, List<Integer> years) {
        super("Không có đợt " + phase + " năm " + year + " trong reference/phases.csv; " + (phasesOfYear.isEmpty()
                ? known(years) : "năm " + year + " có các đợt: " + join(phasesOfYear)));
    }

    /** A year: "Không có năm 1999 trong reference/phases.csv; các năm có: 2023, 2024". */
    public UnknownPhaseException(int year, List<Integer> years) {
        super("Không có năm " + year + " trong reference/phases.csv; " + known(years));
    }

    /** No year at all: the calendar is empty. */
    public UnknownPhaseException(List<Integer> noYears) {
        super("Chưa biết năm báo cáo: " + known(noYears) + "; hoặc cho năm bằng --year");
    }

    private static String known(List<Integer> years) {
        return years.isEmpty() ? "danh mục chưa có đợt nào (hãy chạy ./thidua reference)" : "các năm có: " + join(years);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
