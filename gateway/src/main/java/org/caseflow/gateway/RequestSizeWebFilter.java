package org.caseflow.gateway;

import org.caseflow.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No request body larger than {@code caseflow.max-request-size} (default 1 MB) is passed on: the
 * caller gets a 413 problem detail. Each service also limits what reaches it directly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSizeWebFilter implements WebFilter {

    private final DataSize maxSize;

    RequestSizeWebFilter(@Value("${caseflow.max-request-size:1MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxSize.toBytes()) {
            return ProblemResponses.write(exchange, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "The request body is larger than " + maxSize.toKilobytes() + " KB; nothing was passed on."));
        }
        return chain.filter(exchange);
    }
}
