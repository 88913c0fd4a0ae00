package vn.thidua.jobs.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for deadlines and reminders, in Vietnam time (a deadline is a Vietnamese calendar day, whatever the
 * server's zone), as a bean so a test can fix it.
 */
@Configuration
public class ClockConfiguration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
