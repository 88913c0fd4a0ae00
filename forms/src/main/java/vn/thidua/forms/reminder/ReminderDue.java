package vn.thidua.forms.reminder;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.intake.IntakeCatalogue;

/**
 * When the schedule writes reminders by itself: on the day after a phase's deadline — the first day a unit
 * without figures is late — and on no other day, so a restarted schedule never writes old phases' reminders.
 */
public final class ReminderDue {

    private ReminderDue() {
    }

    public static List<IntakeCatalogue.Phase> phasesDue(List<IntakeCatalogue.Phase> phases, LocalDate today) {
        return phases.stream().filter(p -> p.deadline().plusDays(1).equals(today)).toList();
    }
}
