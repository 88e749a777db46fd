package org.caseflow.gateway;

import io.micrometer.context.ContextRegistry;
import org.caseflow.support.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id (keeping a safe one the caller sent), passes it to the
 * service behind, returns it to the caller, and logs one line per request with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdWebFilter.class);

    static {
        // lets Reactor restore the id into the logging context on whichever thread runs the request
        ContextRegistry.getInstance().registerThreadLocalAccessor(CorrelationId.MDC_KEY,
                () -> MDC.get(CorrelationId.MDC_KEY),
                value -> MDC.put(CorrelationId.MDC_KEY, value),
                () -> MDC.remove(CorrelationId.MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, correlationId))
                .build();
        // set as the response is sent, replacing the copy the service behind returned
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
            return Mono.empty();
        });
        exchange.getAttributes().put(CorrelationId.MDC_KEY, correlationId);
        long started = System.nanoTime();
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> logRequest(exchange, correlationId, started))
                .contextWrite(Context.of(CorrelationId.MDC_KEY, correlationId));
    }

    private static void logRequest(ServerWebExchange exchange, String correlationId, long started) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.MDC_KEY, correlationId)) {
            log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    exchange.getResponse().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
