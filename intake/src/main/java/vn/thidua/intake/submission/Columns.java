package vn.thidua.intake.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.problem.Problem;
import vn.thidua.intake.problem.ProblemCode;
import vn.thidua.vietnamese.VietnameseText;

/**
 * The resolved header of a submission: which column holds the unit code, the year, the phase and each
 * metric. Columns are recognised by metric code, Vietnamese label or an alias of the catalogue, with case,
 * accents and punctuation ignored.
 */
record Columns(List<String> headers, int unitCode, int year, int phase, Map<Integer, IntakeCatalogue.Metric> metrics,
               boolean vietnameseHeaderMatched, int[] metricIndexes, IntakeCatalogue.Metric[] metricAt, String[] headerAt) {

    static final Set<String> UNIT_CODE = Set.of("unit code", "ma don vi", "ma dv", "ma cdcs", "ma");
    static final Set<String> UNIT_NAME = Set.of("unit name", "ten don vi", "ten cdcs", "don vi", "ten");
    static final Set<String> YEAR = Set.of("year", "nam");
    static final Set<String> PHASE = Set.of("phase", "dot");
    static final Set<String> ROW_NUMBER = Set.of("stt", "tt", "so tt", "no");

    static Columns resolve(List<String> headers, IntakeCatalogue catalogue, long headerLine, List<Problem> problems) {
        Map<Integer, IntakeCatalogue.Metric> metrics = new LinkedHashMap<>();
        boolean vietnamese = false;
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i).trim();
            String key = VietnameseText.fold(text);
            boolean accented = !text.chars().allMatch(c -> c < 128);
            if (key.isEmpty() || UNIT_CODE.contains(key) || UNIT_NAME.contains(key) || YEAR.contains(key)
                    || PHASE.contains(key) || ROW_NUMBER.contains(key)) {
                vietnamese |= accented && !key.isEmpty();
                continue;
            }
            IntakeCatalogue.Metric metric = catalogue.metricsByHeader().get(key);
            String cell = vn.thidua.intake.sheet.SheetRow.columnLetters(i) + headerLine;
            if (metric == null) {
                problems.add(Problem.at(ProblemCode.UNKNOWN_COLUMN, headerLine, text, cell, null,
                        "Cột “" + text + "” không có trong danh mục chỉ số nên được bỏ qua.", null));
            } else if (metrics.containsValue(metric)) {
                problems.add(Problem.at(ProblemCode.DUPLICATE_COLUMN, headerLine, text, cell, null,
                        "Cột “" + text + "” lặp lại chỉ số " + metric.labelVi() + " của một cột trước; chỉ dùng cột đầu tiên.",
                        null));
            } else {
                metrics.put(i, metric);
                vietnamese |= accented;
            }
        }
        // the metric columns as arrays, in file order: read for every cell of every row
        int[] indexes = metrics.keySet().stream().mapToInt(Integer::intValue).toArray();
        IntakeCatalogue.Metric[] metricAt = metrics.values().toArray(IntakeCatalogue.Metric[]::new);
        String[] headerAt = java.util.Arrays.stream(indexes).mapToObj(i -> headers.get(i).trim()).toArray(String[]::new);
        return new Columns(List.copyOf(headers), indexOf(headers, UNIT_CODE), indexOf(headers, YEAR),
                indexOf(headers, PHASE), metrics, vietnamese, indexes, metricAt, headerAt);
    }

    static int indexOf(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(VietnameseText.fold(headers.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    String header(int index) {
        return index >= 0 && index < headers.size() ? headers.get(index).trim() : "";
    }

    String headerOf(String metricCode) {
        return metrics.entrySet().stream().filter(e -> e.getValue().code().equals(metricCode))
                .map(e -> header(e.getKey())).findFirst().orElse(metricCode);
    }

    int indexOf(String metricCode) {
        return metrics.entrySet().stream().filter(e -> e.getValue().code().equals(metricCode))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }
}
