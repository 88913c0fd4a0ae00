package vn.thidua.jobs.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses the numbers units type. Unambiguous forms are accepted in any file ({@code 1.234.567},
 * {@code 1.234,5}, {@code 1234}); a lone separator is read by the file's {@link NumberStyle}, and a
 * form that could mean two numbers is refused rather than guessed.
 */
public final class Numbers {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private Numbers() {
    }

    /** A number as a Vietnamese reader writes it, for messages: 3.000.000 and 12,5. */
    public static String vietnamese(BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########", symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The value, or throws {@link NumberFormatException} with a Vietnamese reason. */
    public static BigDecimal parse(SheetRow.Cell cell, NumberStyle style) {
        String text = cell.text().trim().replace("\u00A0", "").replace(" ", "");
        if (cell.numeric()) {
            return new BigDecimal(text).stripTrailingZeros();
        }
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        BigDecimal value = positive(body, style);
        return (negative ? value.negate() : value).stripTrailingZeros();
    }

    private static BigDecimal positive(String s, NumberStyle style) {
        if (DIGITS.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            // both separators: the last one is the decimal mark
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            String integer = s.substring(0, Math.max(dot, comma));
            String fraction = s.substring(Math.max(dot, comma) + 1);
            Pattern grouped = group == '.' ? GROUPED_DOT : GROUPED_COMMA;
            if (!(grouped.matcher(integer).matches() || DIGITS.matcher(integer).matches()) || !DIGITS.matcher(fraction).matches()) {
                throw notANumber(s);
            }
            return new BigDecimal(integer.replace(String.valueOf(group), "") + "." + fraction);
        }
        char separator = dot >= 0 ? '.' : ',';
        String[] parts = s.split(Pattern.quote(String.valueOf(separator)), -1);
        if (parts.length > 2) {
            if ((separator == '.' ? GROUPED_DOT : GROUPED_COMMA).matcher(s).matches()) {
                return new BigDecimal(s.replace(String.valueOf(separator), ""));
            }
            throw notANumber(s);
        }
        if (parts.length != 2 || !DIGITS.matcher(parts[0]).matches() || !DIGITS.matcher(parts[1]).matches()) {
            throw notANumber(s);
        }
        boolean looksGrouped = parts[1].length() == 3 && parts[0].length() <= 3;
        boolean decimalInStyle = (separator == ',') == (style == NumberStyle.VIETNAMESE);
        if (decimalInStyle) {
            return new BigDecimal(parts[0] + "." + parts[1]);
        }
        if (looksGrouped) {
            return new BigDecimal(parts[0] + parts[1]);
        }
        throw new NumberFormatException("số \"" + s + "\" không rõ dấu phân cách thập phân (ambiguous decimal separator)");
    }

    private static NumberFormatException notANumber(String s) {
        return new NumberFormatException("\"" + s + "\" không phải là số (not a number)");
    }
}
