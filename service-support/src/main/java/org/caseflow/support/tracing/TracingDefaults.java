package org.caseflow.support.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The tracing settings every Caseflow service and the gateway share, kept in one file
 * ({@value #RESOURCE}): W3C trace context, every request traced, and spans sent to a trace store
 * only when its address is given ({@code MANAGEMENT_OTLP_TRACING_ENDPOINT}). They are the
 * lowest-precedence settings, so a service's own configuration or an environment variable wins.
 */
public class TracingDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "caseflow/tracing-defaults.properties";
    static final String SOURCE_NAME = "caseflowTracingDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(SOURCE_NAME,
                    new ClassPathResource(RESOURCE, TracingDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("The shared tracing settings " + RESOURCE + " could not be read", e);
        }
    }

    /** After the application's own configuration has been read, so that it is there to override these. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
