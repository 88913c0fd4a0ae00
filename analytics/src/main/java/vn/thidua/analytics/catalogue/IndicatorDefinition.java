package vn.thidua.analytics.catalogue;

import java.util.List;

/**
 * One validated row of indicators.csv. An empty denominator makes the indicator a plain total
 * (value = numerator × scale, denominator left null).
 */
public record IndicatorDefinition(String code, String labelVi, String labelEn, List<Term> numerator,
                                  List<Term> denominator, double scale, String unit) {

    public IndicatorDefinition {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    public boolean isTotal() {
        return denominator.isEmpty();
    }
}
