package org.caseflow.support.tracing;

import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The trace id as the correlation id people know: in the logging context under
 * {@value CurrentTrace#NAME} (the services' log patterns print {@code %X{correlationId}}) and, in
 * servlet services, on every response. Spring Boot's tracing does the rest: it continues or starts
 * the W3C trace of each request and passes it on to the clients it builds.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration")
@ConditionalOnClass(Slf4JEventListener.class)
public class TracingAutoConfiguration {

    /** Spring Boot's own listener with the key names Caseflow's log patterns print; it stands in for Boot's. */
    @Bean
    @ConditionalOnMissingBean
    Slf4JEventListener otelSlf4JEventListener() {
        return new Slf4JEventListener(CurrentTrace.NAME, "spanId");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ServletCorrelation {

        /** Inside Spring Boot's observation filter ({@code HIGHEST_PRECEDENCE + 1}), where the request's trace is current. */
        static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

        @Bean
        FilterRegistrationBean<CorrelationHeaderFilter> correlationHeaderFilter() {
            FilterRegistrationBean<CorrelationHeaderFilter> registration = new FilterRegistrationBean<>(new CorrelationHeaderFilter());
            registration.setOrder(ORDER);
            return registration;
        }
    }
}
