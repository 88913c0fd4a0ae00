package vn.thidua.jobs.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A year or phase the calendar (reference/phases.csv) does not have: one clear line, no stack of causes. */
public final class UnknownPhaseException extends RuntimeException {

    public UnknownPhaseException(int year, int phase, List<Integer> years) {
        super("Không có đợt " + phase + " năm " + year + " trong reference/phases.csv; "
                + (years.isEmpty() ? "danh mục chưa có đợt nào (chạy ./thidua reference trước)"
                        : "các năm có: " + years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
}
