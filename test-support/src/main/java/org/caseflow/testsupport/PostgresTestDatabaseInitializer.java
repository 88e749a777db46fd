package org.caseflow.testsupport;

import java.util.Map;
import org.caseflow.localstack.Database;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a database of its own on the shared test server
 * ({@link TestPostgres}). Use with {@code @ContextConfiguration(initializers = ...)}.
 */
public class PostgresTestDatabaseInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String purpose = context.getEnvironment().getProperty("spring.application.name", "test");
        Database database = TestPostgres.newDatabase(purpose);
        TestPostgres.closeBeforeShutdown(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowTestDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password())));
    }
}
