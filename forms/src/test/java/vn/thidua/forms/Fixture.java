package vn.thidua.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.forms.roster.Roster;
import vn.thidua.forms.roster.Unit;
import vn.thidua.forms.template.PhaseForms;
import vn.thidua.intake.IntakeCatalogue;
import vn.thidua.intake.SampleCatalogue;

/**
 * The sample's real metric catalogue and rules, with a small org tree whose units open and close around
 * phase 1 of 2024 (01/01 – 31/07, deadline 10/08) so every case of the {@code expected} rule is present.
 */
public final class Fixture {

    public static final IntakeCatalogue.Phase PHASE_1 = new IntakeCatalogue.Phase(2024, 1, LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 10));
    public static final IntakeCatalogue.Phase PHASE_2 = new IntakeCatalogue.Phase(2024, 2, LocalDate.of(2024, 8, 1),
            LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10));

    public static final List<Unit> UNITS = List.of(
            new Unit("BK", "Liên đoàn Lao động tỉnh Bắc Kạn", null, 1, null, null),
            new Unit("BK.BB", "Liên đoàn Lao động huyện Ba Bể", "BK", 2, LocalDate.of(1970, 1, 1), null),
            new Unit("BK.GD", "Công đoàn ngành Giáo dục tỉnh Bắc Kạn", "BK", 2, LocalDate.of(1985, 1, 1), null),
            new Unit("BK.BB.001", "Công đoàn Trường Tiểu học Chợ Rã", "BK.BB", 3, null, null),
            new Unit("BK.BB.002", "Công đoàn Công ty TNHH Ba Bể Xanh", "BK.BB", 3, LocalDate.of(2024, 5, 15), null),
            new Unit("BK.BB.003", "Công đoàn Hợp tác xã Nam Mẫu", "BK.BB", 3, LocalDate.of(2010, 1, 1), LocalDate.of(2024, 3, 1)),
            new Unit("BK.BB.004", "Công đoàn Công ty CP Du lịch Hồ Ba Bể", "BK.BB", 3, LocalDate.of(2024, 9, 1), null),
            new Unit("BK.BB.005", "Công đoàn Xí nghiệp Gạch Thượng Giáo", "BK.BB", 3, LocalDate.of(2000, 1, 1),
                    LocalDate.of(2023, 12, 31)),
            new Unit("BK.BB.006", "=HYPERLINK(\"http://x\",\"Công đoàn lạ\")", "BK.BB", 3, null, null),
            new Unit("BK.BB.007", "Công đoàn UBND xã Khang Ninh", "BK.BB", 3, LocalDate.of(2024, 7, 31), null),
            new Unit("BK.BB.008", "Công đoàn Trạm Y tế xã Cao Thượng", "BK.BB", 3, null, LocalDate.of(2024, 1, 1)),
            new Unit("BK.GD.001", "Công đoàn Trường THPT Bắc Kạn", "BK.GD", 3, null, null),
            new Unit("BK.001", "Công đoàn Sở Tài chính", "BK", 3, null, null));

    private Fixture() {
    }

    public static Roster roster() {
        return new Roster(UNITS);
    }

    public static IntakeCatalogue catalogue(IntakeCatalogue.Phase phase, String version) {
        Map<String, IntakeCatalogue.OrgUnit> units = new LinkedHashMap<>();
        UNITS.forEach(u -> units.put(u.code(), new IntakeCatalogue.OrgUnit(u.code(), u.name(), u.level(), u.openedOn(),
                u.closedOn())));
        return IntakeCatalogue.of(phase, SampleCatalogue.metrics(), SampleCatalogue.rules(), units).withVersion(version);
    }

    public static PhaseForms forms(IntakeCatalogue.Phase phase) {
        return new PhaseForms(catalogue(phase, "2024.3"), roster(), "bộ phận tổng hợp thi đua của Liên đoàn Lao động tỉnh");
    }
}
