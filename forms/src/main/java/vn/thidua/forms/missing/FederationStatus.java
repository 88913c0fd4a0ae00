package vn.thidua.forms.missing;

import java.util.List;
import vn.thidua.forms.roster.Federation;
import vn.thidua.forms.roster.Unit;

/**
 * One federation's units in a phase, split by the completeness and timeliness rules: expected (open during
 * the phase), not reported (nothing sent that loaded — split into nothing at all and only refused rows), and
 * reported late. reported = expected − notReported − rejectedOnly; onTime = reported − late.
 */
public record FederationStatus(Federation federation, List<Unit> expected, List<Unit> notReported,
                               List<Unit> rejectedOnly, List<Unit> late) {

    public FederationStatus {
        expected = List.copyOf(expected);
        notReported = List.copyOf(notReported);
        rejectedOnly = List.copyOf(rejectedOnly);
        late = List.copyOf(late);
    }

    /** Units without accepted figures: what a reminder is about. */
    public int missing() {
        return notReported.size() + rejectedOnly.size();
    }

    public int reported() {
        return expected.size() - missing();
    }

    public int onTime() {
        return reported() - late.size();
    }
}
