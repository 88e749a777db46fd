package org.caseflow.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's {@code caseflow.directory.url} at a {@link DirectoryStub} that knows
 * the demo people of the local run (password {@code demo}) and a {@code metrics} account.
 */
public class DirectoryStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DirectoryStub directory = DirectoryStub.start()
                .user("frontdoor.worker", "demo", "front-door", "social-workers")
                .user("north.worker", "demo", "team-north", "social-workers")
                .user("north.manager", "demo", "team-north", "team-north-managers", "team-managers")
                .user("south.worker", "demo", "team-south", "social-workers")
                .user("south.manager", "demo", "team-south", "team-south-managers", "team-managers")
                .user("performance", "demo", "performance-officers")
                .user("admin", "demo", "camunda-admin")
                .user("metrics", "metrics-local", "monitoring");
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                directory.close();
            }
        });
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowDirectoryStub",
                Map.of("caseflow.directory.url", directory.url())));
    }
}
