package org.caseflow.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.caseflow.support.web.CorrelationId;
import org.caseflow.support.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises becomes a problem detail. A service that is down or does
 * not accept connections is a prompt 503 that names it, not a hang or a bare 500.
 */
@Component
@Order(-2) // ahead of Spring Boot's default handler
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        // the reactive logging context has ended by now; restore the id for the log lines below
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.MDC_KEY, exchange.getAttribute(CorrelationId.MDC_KEY))) {
            return ProblemResponses.write(exchange, toProblem(exchange, error));
        }
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        // a stopped container's name no longer resolves (docker-compose): as unavailable as a refused connection
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
            String service = routeOf(exchange);
            log.warn("{} is not accepting connections: {}", service, error.toString());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    service + " is not available just now. Nothing was changed; try again shortly.");
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatus status = HttpStatus.valueOf(statusError.getStatusCode().value());
            String detail = status == HttpStatus.GATEWAY_TIMEOUT
                    ? routeOf(exchange) + " did not answer in time."
                    : statusError.getReason() != null ? statusError.getReason() : status.getReasonPhrase();
            return Problems.of(status, status == HttpStatus.NOT_FOUND ? "not-found" : "gateway-error", detail);
        }
        log.error("Unexpected gateway error", error);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "gateway-error",
                "The gateway could not complete this request.");
    }

    private static String routeOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "The service" : route.getId();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
