package vn.thidua.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.forms.Fixture;

class RosterTest {

    @Test
    void everyExpectedUnitBelongsToExactlyOneFederation() {
        Roster roster = new Roster(List.of(
                new Unit("BK", "Liên đoàn Lao động tỉnh Bắc Kạn", null, 1, null, null),
                new Unit("BK.A", "Liên đoàn Lao động huyện A", "BK", 2, null, null),
                // merged away before the phase, yet one of its unions was still open (not yet re-attached)
                new Unit("BK.B", "Liên đoàn Lao động huyện B", "BK", 2, null, LocalDate.of(2023, 12, 31)),
                new Unit("BK.C", "Liên đoàn Lao động huyện C", "BK", 2, null, LocalDate.of(2023, 12, 31)),
                new Unit("BK.A.001", "Công đoàn A1", "BK.A", 3, null, null),
                new Unit("BK.B.001", "Công đoàn B1", "BK.B", 3, null, null),
                new Unit("BK.C.001", "Công đoàn C1", "BK.C", 3, null, LocalDate.of(2023, 6, 30))));

        assertThat(roster.federations(Fixture.PHASE_1)).extracting(Federation::code).containsExactly("BK.A", "BK.B");
        assertThat(roster.federations(Fixture.PHASE_1).stream()
                .flatMap(f -> roster.expected(f, Fixture.PHASE_1).stream()).map(Unit::code))
                .containsExactly("BK.A.001", "BK.B.001");
    }
}
