package vn.thidua.jobs.schedule;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.jobs.config.ClockConfiguration;
import vn.thidua.jobs.config.ThiduaProperties;
import vn.thidua.jobs.desk.PhaseDesk;
import vn.thidua.jobs.run.Pipeline;

/**
 * {@code schedule --reminders}: each ingest tick asks the desk for the reminders due on today's Vietnamese
 * calendar day (PhaseDeskTest checks that only the day after a deadline writes them, once); without the
 * flag it never does.
 */
class ScheduledRemindersTest {

    // 18:30 UTC on 10/08/2024 is already 11/08/2024 in Vietnam: the day after phase 1's deadline
    private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2024-08-10T18:30:00Z"), ClockConfiguration.VIETNAM);

    private final PhaseDesk desk = mock(PhaseDesk.class);

    private PipelineSchedule schedule(boolean reminders) {
        ThiduaProperties.Schedule cron = new ThiduaProperties.Schedule("0 0 0 * * *", "0 0 0 * * *", "0 0 0 * * *",
                "0 0 0 * * *", List.of(2024), 2024, reminders);
        ThiduaProperties properties = new ThiduaProperties(Path.of("data"), Path.of("var"), null, cron, null);
        return new PipelineSchedule(mock(Pipeline.class), mock(JdbcTemplate.class), properties, desk, EVENING_UTC);
    }

    @Test
    void withTheFlagEachTickAsksForTheRemindersOfTheVietnameseDay() {
        when(desk.dueReminders(any())).thenReturn(List.of(Path.of("var/desk/2024/phase-1/nhac-nho/a.txt")));
        schedule(true).ingestAll();
        verify(desk).dueReminders(LocalDate.of(2024, 8, 11));
    }

    @Test
    void withoutItNoReminderIsWritten() {
        schedule(false).ingestAll();
        verify(desk, never()).dueReminders(any());
    }
}
