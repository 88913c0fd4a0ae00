package vn.thidua.evaluation.input;

import vn.thidua.vietnamese.VietnameseFormat;

/** An indicator's Vietnamese label and unit ({@code percent}, {@code per100}, {@code person}…), for evidence texts. */
public record IndicatorInfo(String code, String labelVi, String unit) {

    /** The value as a reader expects it: 87,5% for a rate, 6 for a count (up to two decimals). */
    public String format(double value) {
        String number = VietnameseFormat.number(value, 2);
        return "percent".equals(unit) ? number + "%" : number;
    }
}
