package vn.thidua.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring context behind every command that touches the database; started by {@code cli.ThiduaCli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiduaApplication {
}
