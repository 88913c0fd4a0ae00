package vn.thidua.dashboards.text;

import vn.thidua.dashboards.data.DashboardData;
import vn.thidua.dashboards.data.IndicatorCodes;
import vn.thidua.dashboards.dataset.InitiativeBalance;
import vn.thidua.warehouse.snapshot.IndicatorRow;
import vn.thidua.warehouse.snapshot.IndicatorValueRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * A group's headline figures for the whole year (the province's, or one federation's), each as a sentence
 * with its change against last year. An indicator the snapshot does not know at all is left out rather
 * than printed as a code.
 */
public final class KeyFigures {

    /** The dashboard's headline, in page order. */
    public static final List<String> HEADLINE = List.of(
            IndicatorCodes.PARTICIPATION_RATE,
            IndicatorCodes.INITIATIVES_REGISTERED,
            IndicatorCodes.INITIATIVES_PER_100_MEMBERS,
            IndicatorCodes.MEMBERS_ADMITTED,
            IndicatorCodes.MEMBERS_ADMITTED_ACHIEVEMENT,
            IndicatorCodes.TET_COVERAGE,
            IndicatorCodes.REPORTING_COMPLETENESS);

    private KeyFigures() {
    }

    /** The province's headline figures, then the share of excellent units when the evaluation has run. */
    public static List<String> sentences(DashboardData snapshot, int year) {
        List<String> out = new ArrayList<>(provinceSentences(snapshot, year, HEADLINE));
        GradeSentences.headline(snapshot.grades(), year).ifPresent(out::add);
        return out;
    }

    public static List<String> provinceSentences(DashboardData snapshot, int year, List<String> codes) {
        return sentences(snapshot, year, codes, code -> snapshot.provinceValue(code, IndicatorValueRow.WHOLE_YEAR), true);
    }

    /** The same figures for one federation (a row at federation level under its code). */
    public static List<String> federationSentences(DashboardData snapshot, int year, String federationCode) {
        return sentences(snapshot, year, HEADLINE, code -> snapshot.federationValue(code, federationCode,
                IndicatorValueRow.WHOLE_YEAR), false);
    }

    /**
     * A register or gap indicator of the initiatives is said together with the reported figure it is set against,
     * in one sentence (province-wide only: the explanation needs every unit's rows), and said once.
     */
    private static List<String> sentences(DashboardData snapshot, int year, List<String> codes,
                                          java.util.function.Function<String, Optional<IndicatorValueRow>> lookup,
                                          boolean province) {
        List<String> out = new ArrayList<>();
        Set<InitiativeBalance.Kind> told = new HashSet<>();
        for (String code : codes) {
            Optional<InitiativeBalance.Kind> kind = province ? InitiativeBalance.kindOf(code) : Optional.empty();
            if (kind.isPresent()) {
                if (told.add(kind.get())) {
                    InitiativeSentences.of(snapshot, kind.get()).ifPresent(out::add);
                }
                continue;
            }
            Optional<IndicatorRow> indicator = snapshot.indicator(code);
            Optional<IndicatorValueRow> value = lookup.apply(code);
            if (indicator.isEmpty() && value.isEmpty()) {
                continue;
            }
            out.add(FigureSentence.of(snapshot, code, value.orElse(null), year));
        }
        return out;
    }
}
