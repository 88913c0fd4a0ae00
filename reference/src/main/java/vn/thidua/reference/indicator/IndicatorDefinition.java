package vn.thidua.reference.indicator;

import java.util.List;
import java.util.stream.Stream;

/**
 * One validated row of indicators.csv. An empty denominator makes the indicator a plain total
 * (value = numerator × scale, denominator left null).
 */
public record IndicatorDefinition(String code, String labelVi, String labelEn, List<Term> numerator,
                                  List<Term> denominator, double scale, String unit, Direction direction) {

    public IndicatorDefinition {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    public boolean isTotal() {
        return denominator.isEmpty();
    }

    /** The terms of both sides, numerator first. */
    public Stream<Term> terms() {
        return Stream.concat(numerator.stream(), denominator.stream());
    }
}
