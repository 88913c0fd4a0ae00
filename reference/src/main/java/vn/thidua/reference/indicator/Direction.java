package vn.thidua.reference.indicator;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.thidua.reference.ReferenceException;

/**
 * Which way an indicator is good (indicators.csv, column {@code direction}). It decides the verb a sentence
 * may use: only a figure where more is better is "achieved" ("đạt 85,0%"); five dissolved unions or a gap
 * between two counts are stated ("là 5"), never "achieved".
 */
public enum Direction {
    HIGHER_BETTER("higher_better"),
    LOWER_BETTER("lower_better"),
    NEUTRAL("neutral");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value of the column; an empty cell is neutral (a figure stated, not praised). */
    public static Direction of(String indicator, String text) {
        if (text == null || text.isBlank()) {
            return NEUTRAL;
        }
        return Arrays.stream(values()).filter(d -> d.code.equals(text.trim())).findFirst()
                .orElseThrow(() -> new ReferenceException("indicators.csv: chỉ tiêu '" + indicator + "' có hướng '" + text
                        + "' không hợp lệ; dùng một trong: " + Arrays.stream(values()).map(Direction::code)
                        .collect(Collectors.joining(", "))));
    }
}
