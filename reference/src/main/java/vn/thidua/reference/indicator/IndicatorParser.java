package vn.thidua.reference.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.thidua.reference.ReferenceException;

/**
 * Turns the text of indicators.csv into {@link IndicatorDefinition}s and refuses anything it cannot
 * compute: the catalogue is data the federation edits, so a typo must stop the run with a message
 * that names the indicator and the term, not produce a column of nulls.
 */
public final class IndicatorParser {

    private static final String TARGET_PREFIX = "target.";
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String REGISTER_PREFIX = "register.";
    private static final String TARGET_MET_PREFIX = "target_met.";
    private static final String TARGET_ASSESSED_PREFIX = "target_assessed.";

    private final Set<String> metricCodes;

    public IndicatorParser(Set<String> metricCodes) {
        this.metricCodes = Set.copyOf(metricCodes);
    }

    /** The raw text of one indicators.csv row; scale is null when the cell is empty. */
    public record Raw(String code, String labelVi, String labelEn, String numerator, String denominator,
                      Double scale, String unit, String direction) {
    }

    public List<IndicatorDefinition> parseAll(List<Raw> rows) {
        if (rows.isEmpty()) {
            throw new ReferenceException("indicators.csv: chưa có chỉ tiêu nào");
        }
        Set<String> seen = new HashSet<>();
        List<IndicatorDefinition> result = new ArrayList<>();
        for (Raw row : rows) {
            IndicatorDefinition definition = parse(row);
            if (!seen.add(definition.code())) {
                throw new ReferenceException("indicators.csv: chỉ tiêu '" + definition.code() + "' được khai báo hai lần");
            }
            result.add(definition);
        }
        return List.copyOf(result);
    }

    public IndicatorDefinition parse(Raw row) {
        String code = row.code() == null ? "" : row.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new ReferenceException("indicators.csv: mã chỉ tiêu '" + code + "' không hợp lệ (chỉ dùng chữ không dấu, số và _)");
        }
        if (blank(row.numerator())) {
            throw new ReferenceException("indicators.csv: chỉ tiêu '" + code + "' không có tử số");
        }
        List<Term> numerator = terms(code, "numerator", row.numerator());
        List<Term> denominator = blank(row.denominator()) ? List.of() : terms(code, "denominator", row.denominator());
        // An empty scale means "as is" (1): totals such as a count of houses usually leave it blank.
        double scale = row.scale() == null ? 1.0 : row.scale();
        return new IndicatorDefinition(code, row.labelVi(), row.labelEn(), numerator, denominator, scale, row.unit(),
                Direction.of(code, row.direction()));
    }

    private List<Term> terms(String indicator, String side, String text) {
        List<Term> terms = new ArrayList<>();
        // codes never hold '+' or '-', so each sign starts a new term
        for (String part : text.split("(?=[+-])", -1)) {
            String signed = part.trim();
            boolean subtracted = signed.startsWith("-");
            String unsigned = subtracted || signed.startsWith("+") ? signed.substring(1).trim() : signed;
            Term term = term(indicator, side, unsigned);
            terms.add(subtracted ? new Term.Negated(term) : term);
        }
        return terms;
    }

    private Term term(String indicator, String side, String text) {
        if (text.isEmpty()) {
            throw invalid(indicator, side, text, "rỗng (kiểm tra các dấu '+' và '-')");
        }
        if (Term.REPORTING_TERMS.contains(text)) {
            return new Term.Reporting(text);
        }
        if (text.startsWith(REGISTER_PREFIX)) {
            String field = text.substring(REGISTER_PREFIX.length());
            if (!Term.REGISTER_FIELDS.contains(field)) {
                throw invalid(indicator, side, text, "không phải một số đếm của sổ sáng kiến " + Term.REGISTER_FIELDS);
            }
            return new Term.Register(field);
        }
        for (String prefix : List.of(TARGET_MET_PREFIX, TARGET_ASSESSED_PREFIX)) {
            if (text.startsWith(prefix)) {
                String metric = text.substring(prefix.length());
                if (!metricCodes.contains(metric)) {
                    throw invalid(indicator, side, text, "chỉ tiêu giao của một chỉ số không có '" + metric + "'");
                }
                return new Term.TargetMet(metric, prefix.equals(TARGET_ASSESSED_PREFIX));
            }
        }
        if (text.startsWith(TARGET_PREFIX)) {
            String metric = text.substring(TARGET_PREFIX.length());
            if (!metricCodes.contains(metric)) {
                throw invalid(indicator, side, text, "chỉ tiêu giao của một chỉ số không có '" + metric + "'");
            }
            return new Term.Target(metric);
        }
        if (metricCodes.contains(text)) {
            return new Term.Metric(text);
        }
        throw invalid(indicator, side, text,
                "không phải mã chỉ số, target.<chỉ số>, target_met.<chỉ số>, target_assessed.<chỉ số>,"
                        + " register.<số đếm> hay một trong " + Term.REPORTING_TERMS);
    }

    private static ReferenceException invalid(String indicator, String side, String term, String why) {
        return new ReferenceException("indicators.csv: chỉ tiêu '" + indicator + "', số hạng '" + term + "' ở "
                + (side.equals("numerator") ? "tử số" : "mẫu số") + " " + why);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
