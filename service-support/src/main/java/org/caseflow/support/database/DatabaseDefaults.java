package org.caseflow.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.ClassUtils;

/**
 * The database settings every Caseflow service with a database shares, kept in one file
 * ({@value #RESOURCE}) rather than repeated in each service's application.yml: how long a request
 * waits for a connection, how a pooled connection is checked, and that readiness includes the
 * database. They are the lowest-precedence settings of all, so a service's own application.yml,
 * an environment variable or a test overrides any of them.
 * <p>
 * Only a service with a connection pool (HikariCP, which comes with Spring's JDBC support) gets
 * them: the readiness group names the database's health, which a service without one lacks.
 */
public class DatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "caseflow/database-defaults.properties";
    static final String SOURCE_NAME = "caseflowDatabaseDefaults";
    private static final String CONNECTION_POOL = "com.zaxxer.hikari.HikariDataSource";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ClassUtils.isPresent(CONNECTION_POOL, application.getClassLoader())) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(SOURCE_NAME,
                    new ClassPathResource(RESOURCE, DatabaseDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("The shared database settings " + RESOURCE + " could not be read", e);
        }
    }

    /** After the application's own configuration has been read, so that it is there to override these. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
