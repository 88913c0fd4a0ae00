package vn.thidua.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.jobs.ThiduaApplication;
import vn.thidua.jobs.run.StaleExecutionRecovery;

/**
 * The Spring context for one command: starts the database (embedded unless SPRING_DATASOURCE_URL is
 * set), migrates it, recovers executions a crash left STARTED, and closes everything at the end.
 */
public final class ApplicationSession implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ApplicationSession(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ApplicationSession open(CommonOptions options, String... extraArguments) throws Exception {
        List<String> args = new ArrayList<>(options.springArguments());
        args.addAll(List.of(extraArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiduaApplication.class)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        try {
            context.getBean(vn.thidua.jobs.config.ThiduaProperties.class).requireUsableDirectories();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        context.getBean(StaleExecutionRecovery.class).recover();
        return new ApplicationSession(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
