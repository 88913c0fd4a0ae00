package vn.thidua.reference.indicator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.thidua.reference.ReferenceException;

/** The validated metric and indicator catalogue of one run (metrics.csv order is kept: it is the column order). */
public record Catalogue(List<MetricDefinition> metrics, List<IndicatorDefinition> indicators) {

    // Metric codes become column names, so they are kept to identifier characters.
    private static final Pattern METRIC_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public Catalogue {
        metrics = List.copyOf(metrics);
        indicators = List.copyOf(indicators);
    }

    public static Catalogue of(List<MetricDefinition> metrics, List<IndicatorParser.Raw> indicatorRows) {
        if (metrics.isEmpty()) {
            throw new ReferenceException("metrics.csv: chưa có chỉ số nào");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (MetricDefinition metric : metrics) {
            if (!METRIC_CODE.matcher(metric.code()).matches()) {
                throw new ReferenceException("metrics.csv: mã chỉ số '" + metric.code() + "' không hợp lệ (chỉ dùng chữ không dấu, số và _)");
            }
            if (Term.REPORTING_TERMS.contains(metric.code())) {
                throw new ReferenceException("metrics.csv: mã chỉ số '" + metric.code()
                        + "' trùng với một số hạng báo cáo (reported, on_time, expected)");
            }
            if (!codes.add(metric.code())) {
                throw new ReferenceException("metrics.csv: chỉ số '" + metric.code() + "' được khai báo hai lần");
            }
        }
        Catalogue catalogue = new Catalogue(metrics, new IndicatorParser(codes).parseAll(indicatorRows));
        catalogue.yearRules(); // refuses an indicator whose year value would have no meaning
        return catalogue;
    }

    /** How each indicator's year value is built, in the order of {@link #indicators()}. */
    public List<YearRule> yearRules() {
        java.util.Map<String, MetricKind> kinds = metrics.stream()
                .collect(Collectors.toMap(MetricDefinition::code, MetricDefinition::kind));
        return indicators.stream().map(i -> YearRule.of(i, kinds)).toList();
    }

    public List<String> metricCodes() {
        return metrics.stream().map(MetricDefinition::code).toList();
    }

    /** Metrics whose targets some indicator reads, so only those are pivoted out of targets.csv. */
    public Set<String> targetMetrics() {
        return terms()
                .map(t -> t instanceof Term.Target target ? target.metricCode()
                        : t instanceof Term.TargetMet met ? met.metricCode() : null)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether some indicator reads the initiative registers (then the run joins them in). */
    public boolean readsRegisters() {
        return terms().anyMatch(Term.Register.class::isInstance);
    }

    /** Every term of every indicator, subtracted ones unwrapped. */
    private Stream<Term> terms() {
        return indicators.stream()
                .flatMap(IndicatorDefinition::terms)
                .map(t -> t instanceof Term.Negated negated ? negated.term() : t);
    }
}
