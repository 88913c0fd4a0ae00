package vn.thidua.reference.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.reference.ReferenceException;

class IndicatorParserTest {

    private final IndicatorParser parser = new IndicatorParser(Set.of("members", "participants", "admitted"));

    @Test
    void parsesMetricTargetAndReportingTerms() {
        // given a ratio with a multi-term numerator and a target denominator, and a total without scale
        IndicatorDefinition ratio = parser.parse(raw("r", " participants + admitted ", "target.admitted", 100.0));
        IndicatorDefinition total = parser.parse(raw("t", "reported+on_time+expected", "", null));

        // then each term is typed, an empty denominator makes a total, and an empty scale means 1
        assertThat(ratio.numerator()).containsExactly(new Term.Metric("participants"), new Term.Metric("admitted"));
        assertThat(ratio.denominator()).containsExactly(new Term.Target("admitted"));
        assertThat(ratio.isTotal()).isFalse();
        assertThat(ratio.scale()).isEqualTo(100.0);
        assertThat(total.numerator()).containsExactly(new Term.Reporting("reported"), new Term.Reporting("on_time"),
                new Term.Reporting("expected"));
        assertThat(total.isTotal()).isTrue();
        assertThat(total.scale()).isEqualTo(1.0);
    }

    @Test
    void readsRegisterCountsSubtractionsAndTargetShares() {
        // given a gap between submitted and register counts, and the share of units that met a target
        IndicatorDefinition gap = parser.parse(raw("gap", "members - register.registered", "", 1.0));
        IndicatorDefinition met = parser.parse(raw("met", "target_met.admitted", "target_assessed.admitted", 100.0));

        // then the subtracted term is negated and the target terms know which side they are
        assertThat(gap.numerator()).containsExactly(new Term.Metric("members"),
                new Term.Negated(new Term.Register("registered")));
        assertThat(met.numerator()).containsExactly(new Term.TargetMet("admitted", false));
        assertThat(met.denominator()).containsExactly(new Term.TargetMet("admitted", true));
    }

    @Test
    void refusesWhatItCannotCompute() {
        assertThatThrownBy(() -> parser.parse(raw("x", "membres", "", 1.0)))
                .isInstanceOf(ReferenceException.class)
                .hasMessage("indicators.csv: chỉ tiêu 'x', số hạng 'membres' ở tử số không phải mã chỉ số,"
                        + " target.<chỉ số>, target_met.<chỉ số>, target_assessed.<chỉ số>, register.<số đếm>"
                        + " hay một trong [reported, on_time, expected]");
        assertThatThrownBy(() -> parser.parse(raw("x", "register.titles", "", 1.0)))
                .hasMessageContaining("'register.titles' ở tử số không phải một số đếm của sổ sáng kiến");
        assertThatThrownBy(() -> parser.parse(raw("x", "target_met.membres", "target_assessed.members", 1.0)))
                .hasMessageContaining("'target_met.membres' ở tử số chỉ tiêu giao của một chỉ số không có 'membres'");
        assertThatThrownBy(() -> parser.parse(raw("x", "members-", "", 1.0)))
                .hasMessageContaining("rỗng");
        assertThatThrownBy(() -> parser.parse(raw("x", "members", "target.membres", 1.0)))
                .hasMessageContaining("'target.membres' ở mẫu số chỉ tiêu giao của một chỉ số không có 'membres'");
        assertThatThrownBy(() -> parser.parse(raw("x", "members++admitted", "", 1.0)))
                .hasMessageContaining("rỗng");
        assertThatThrownBy(() -> parser.parse(raw("x", " ", "members", 1.0))).hasMessageContaining("không có tử số");
        assertThatThrownBy(() -> parser.parseAll(List.of(raw("x", "members", "", 1.0), raw("x", "admitted", "", 1.0))))
                .hasMessageContaining("'x' được khai báo hai lần");
    }

    @Test
    void refusesAnIndicatorWhoseYearValueWouldHaveNoMeaning() {
        List<MetricDefinition> metrics = List.of(new MetricDefinition("members", MetricKind.STOCK),
                new MetricDefinition("admitted", MetricKind.FLOW));
        // a stock plus a flow: the year would add a level at one date to what happened over the year
        assertThatThrownBy(() -> Catalogue.of(metrics, List.of(raw("x", "members + admitted", "", 1.0))))
                .hasMessageContaining("chỉ tiêu 'x', tử số trộn các loại số hạng");
        assertThatThrownBy(() -> Catalogue.of(metrics, List.of(raw("y", "target_met.admitted", "members", 100.0))))
                .hasMessageContaining("target_met.<chỉ số> chia cho target_assessed.<chỉ số>");
        assertThat(Catalogue.of(metrics, List.of(raw("z", "admitted", "target.admitted", 100.0))).yearRules())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.yearOnly()).isTrue();
                    assertThat(rule.needsEveryPhase()).isTrue();
                });
    }

    @Test
    void metricCodesMustNotShadowReportingTerms() {
        assertThatThrownBy(() -> Catalogue.of(List.of(new MetricDefinition("reported", MetricKind.FLOW)), List.of()))
                .hasMessageContaining("trùng với một số hạng báo cáo");
    }

    @Test
    void theDirectionIsReadOrRefusedInWords() {
        IndicatorParser parser = new IndicatorParser(Set.of("members", "unions_dissolved"));
        assertThat(parser.parse(raw("members_total", "members", "", null)).direction()).isEqualTo(Direction.HIGHER_BETTER);
        assertThat(parser.parse(new IndicatorParser.Raw("dissolved", "CĐCS giải thể", "x", "unions_dissolved", "", null,
                "count", "lower_better")).direction()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(parser.parse(new IndicatorParser.Raw("gap", "Chênh lệch", "x", "members", "", null, "count", ""))
                .direction()).as("blank: stated, not praised").isEqualTo(Direction.NEUTRAL);
        assertThatThrownBy(() -> parser.parse(new IndicatorParser.Raw("bad", "x", "x", "members", "", null, "count", "up")))
                .hasMessageContaining("hướng 'up' không hợp lệ").hasMessageContaining("higher_better, lower_better, neutral");
    }

    private static IndicatorParser.Raw raw(String code, String numerator, String denominator, Double scale) {
        return new IndicatorParser.Raw(code, "nhãn", "label", numerator, denominator, scale, "percent", "higher_better");
    }
}
