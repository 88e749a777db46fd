package org.caseflow.gateway;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import org.caseflow.support.tracing.CurrentTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Returns each request's trace id to the caller as {@value CurrentTrace#HEADER}, the correlation
 * id people quote, and logs one line per request in its trace. Spring Boot's tracing starts the
 * trace (or continues the caller's W3C {@code traceparent}) and Spring Cloud Gateway passes it on
 * to the service behind, whose log lines, problems, audit rows and journey events carry the same id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationHeaderWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(CorrelationHeaderWebFilter.class);

    private final Tracer tracer;

    CorrelationHeaderWebFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<Span> span = spanOf(exchange);
        span.ifPresent(request -> {
            String traceId = request.context().traceId();
            // for the problems written here, after the service's answer (if any) is known
            exchange.getAttributes().put(CurrentTrace.NAME, traceId);
            // set as the response is sent, replacing the copy the service behind returned
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set(CurrentTrace.HEADER, traceId);
                return Mono.empty();
            });
        });
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> logRequest(exchange, span, started));
    }

    /** The span of the request's HTTP observation, which Spring starts before any filter runs. */
    private static Optional<Span> spanOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.get(TracingObservationHandler.TracingContext.class))
                .map(tracing -> ((TracingObservationHandler.TracingContext) tracing).getSpan());
    }

    private void logRequest(ServerWebExchange exchange, Optional<Span> span, long started) {
        try (Tracer.SpanInScope ignored = tracer.withSpan(span.orElse(null))) {
            log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    exchange.getResponse().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
