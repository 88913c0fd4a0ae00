package vn.thidua.jobs.csv;

import java.util.List;

/** One parsed CSV record and the physical line it started on (what a rejection report cites). */
public record CsvRecord(long lineNo, List<String> fields) {

    public boolean isBlank() {
        return fields.stream().allMatch(f -> f == null || f.isBlank());
    }

    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
