package org.caseflow.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.caseflow.support.database.DatabaseOutage;
import org.caseflow.support.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

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
        return ProblemResponses.write(exchange, toProblem(exchange, error));
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        // the sign-in sessions' database (caseflow.sessions.store=postgres) is away: the moment's failure, not the
        // request's. Asked first: a database refusing connections is a ConnectException too, but no service is down
        if (DatabaseOutage.isCauseOf(error)) {
            log.warn("{} {} answered 503: the sign-in sessions' database cannot be reached ({})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), DatabaseOutage.describe(error));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS));
            return Problems.databaseUnavailable();
        }
        // a stopped container's name no longer resolves (docker-compose): as unavailable as a refused connection
        // ...and so is a service none of whose nodes passes its health check (the load balancer found none)
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)
                || error instanceof NotFoundException) {
            String service = routeOf(exchange);
            log.warn("{} is not accepting connections: {}", service, error.toString());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    service + " is not available just now. Nothing was changed; try again shortly.");
        }
        // the service's process ended while it had the request (a node killed, a crash): it may or may not have
        // done it, so the caller is told to check before sending a change again, not told that nothing changed
        if (causedBy(error, PrematureCloseException.class) || connectionReset(error)) {
            String service = routeOf(exchange);
            log.warn("{} closed the connection before answering: {}", service, error.toString());
            return Problems.of(HttpStatus.BAD_GATEWAY, "service-interrupted", service + " stopped before it answered."
                    + " Try again shortly; if you were saving a change, check whether it was saved before sending it again.");
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

    /** The service's end of the connection reset after the request was sent: its process ended mid-request. */
    private static boolean connectionReset(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Connection reset")) {
                return true;
            }
        }
        return false;
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
