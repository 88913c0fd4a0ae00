package vn.thidua.intake.number;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a person typed it, with what it says about the file's way of writing numbers and its value
 * each way. {@code 1.234.567} and {@code 12,5} can only be Vietnamese; {@code 12.5} and {@code 1,234,567}
 * only the decimal-point way; {@code 1234} is read alike both ways. {@code 500.000} is Vietnamese grouping
 * (five hundred thousand) — a decimal-point file would mean 500 — and {@code 12,500} says nothing: 12500 with
 * a grouping comma, 12,5 with a decimal one. Which reading applies is decided per file
 * ({@link NumberEvidence}); a value is never divided or multiplied by 1000 on a guess.
 *
 * <p>Written by hand rather than with {@link java.text.DecimalFormat}: that class parses any prefix that looks
 * like a number and silently reads either separator, while the rule here needs to know every reading.
 *
 * @param vietnamese the value read the Vietnamese way, null when the text is not a number that way
 * @param decimalPoint the value read the decimal-point way, null when the text is not a number that way
 */
public record NumberText(String typed, Kind kind, BigDecimal vietnamese, BigDecimal decimalPoint) {

    /** What the text says about the file. */
    public enum Kind {
        /** Digits only: the same value both ways. */
        PLAIN_DIGITS,
        /** Only the Vietnamese way reads it, or reads it naturally (500.000). */
        VIETNAMESE,
        /** Only the decimal-point way reads it. */
        DECIMAL_POINT,
        /** Both ways read it, differently, and neither is more natural (12,500). */
        AMBIGUOUS,
        NOT_A_NUMBER
    }

    private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d+)?");

    /** The value in a file of the given style; null when the text is not a number in that style. */
    public BigDecimal in(NumberStyle style) {
        return switch (kind) {
            case PLAIN_DIGITS -> vietnamese;
            case NOT_A_NUMBER -> null;
            default -> style == NumberStyle.DECIMAL_POINT ? decimalPoint : vietnamese;
        };
    }

    /** The value this text reads as by itself; null when it needs the file's style (AMBIGUOUS) or is no number. */
    public BigDecimal ownValue() {
        return switch (kind) {
            case PLAIN_DIGITS, VIETNAMESE -> vietnamese;
            case DECIMAL_POINT -> decimalPoint;
            default -> null;
        };
    }

    /** A stored spreadsheet number: exact, and says nothing about how the file types numbers. */
    public static NumberText stored(String raw) {
        BigDecimal value = new BigDecimal(raw.trim()).stripTrailingZeros();
        return new NumberText(raw, Kind.PLAIN_DIGITS, value, value);
    }

    public static NumberText read(String typed) {
        String s = typed.strip().replace('\u00A0', ' ').replace('\u2212', '-');
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1).strip() : s;
        if (body.indexOf(' ') >= 0) {
            // "1 234 567": spaces group thousands the same way in both styles
            if (!SPACE_GROUPED.matcher(body).matches()) {
                return notANumber(typed);
            }
            body = body.replace(" ", "");
        }
        int dots = 0;
        int commas = 0;
        int length = body.length();
        if (length == 0 || !isDigit(body.charAt(0)) || !isDigit(body.charAt(length - 1))) {
            return notANumber(typed);
        }
        for (int i = 0; i < length; i++) {
            char c = body.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (!isDigit(c)) {
                return notANumber(typed);
            }
        }
        if (dots == 0 && commas == 0) {
            BigDecimal value = signed(new BigDecimal(body), negative);
            return new NumberText(typed, Kind.PLAIN_DIGITS, value, value);
        }
        if (dots > 0 && commas > 0) {
            return bothSeparators(typed, body, negative);
        }
        char separator = dots > 0 ? '.' : ',';
        int count = Math.max(dots, commas);
        if (count > 1) {
            // 1.234.567 or 1,234,567: only grouping can repeat
            if (!grouped(body, separator)) {
                return notANumber(typed);
            }
            BigDecimal value = signed(new BigDecimal(body.replace(String.valueOf(separator), "")), negative);
            return separator == '.' ? new NumberText(typed, Kind.VIETNAMESE, value, null)
                    : new NumberText(typed, Kind.DECIMAL_POINT, null, value);
        }
        int at = body.indexOf(separator);
        String integer = body.substring(0, at);
        String fraction = body.substring(at + 1);
        BigDecimal asDecimal = signed(new BigDecimal(integer + "." + fraction), negative);
        boolean couldGroup = fraction.length() == 3 && integer.length() <= 3 && integer.charAt(0) != '0';
        if (!couldGroup) {
            // 12.5 or 12,5: only a decimal separator fits
            return separator == '.' ? new NumberText(typed, Kind.DECIMAL_POINT, null, asDecimal)
                    : new NumberText(typed, Kind.VIETNAMESE, asDecimal, null);
        }
        BigDecimal asGrouped = signed(new BigDecimal(integer + fraction), negative);
        return separator == '.' ? new NumberText(typed, Kind.VIETNAMESE, asGrouped, asDecimal)
                : new NumberText(typed, Kind.AMBIGUOUS, asDecimal, asGrouped);
    }

    /** 1.234,5 (Vietnamese) or 1,234.5 (decimal point): the last separator is the decimal one. */
    private static NumberText bothSeparators(String typed, String body, boolean negative) {
        int lastDot = body.lastIndexOf('.');
        int lastComma = body.lastIndexOf(',');
        char decimal = lastDot > lastComma ? '.' : ',';
        char group = decimal == '.' ? ',' : '.';
        int at = Math.max(lastDot, lastComma);
        String integer = body.substring(0, at);
        String fraction = body.substring(at + 1);
        if (integer.indexOf(decimal) >= 0 || !grouped(integer, group)) {
            return notANumber(typed);
        }
        BigDecimal value = signed(new BigDecimal(integer.replace(String.valueOf(group), "") + "." + fraction), negative);
        return decimal == ',' ? new NumberText(typed, Kind.VIETNAMESE, value, null)
                : new NumberText(typed, Kind.DECIMAL_POINT, null, value);
    }

    /** d{1,3}(Sddd)+ : a first group of one to three digits (not starting with 0), then groups of three. */
    private static boolean grouped(String s, char separator) {
        String[] groups = s.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigDecimal signed(BigDecimal value, boolean negative) {
        return (negative ? value.negate() : value).stripTrailingZeros();
    }

    private static NumberText notANumber(String typed) {
        return new NumberText(typed, Kind.NOT_A_NUMBER, null, null);
    }
}
