package org.caseflow.gateway;

import java.util.Optional;
import org.caseflow.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * No request body larger than {@code caseflow.max-request-size} (default 1 MB) is passed on: the
 * caller gets a 413 problem detail. A declared length is checked at once; a body sent in chunks,
 * with no length declared, is read here up to the limit first, and passed on with its length only
 * if it is within it. Each service also limits what reaches it directly.
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
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.getContentLength() > maxSize.toBytes()) {
            return tooLarge(exchange);
        }
        if (headers.getContentLength() < 0 && headers.containsKey(HttpHeaders.TRANSFER_ENCODING)) {
            return DataBufferUtils.join(exchange.getRequest().getBody(), (int) Math.min(Integer.MAX_VALUE, maxSize.toBytes()))
                    .map(body -> Optional.of(exchange.mutate().request(withBody(exchange.getRequest(), body)).build()))
                    .defaultIfEmpty(Optional.of(exchange))
                    .onErrorResume(DataBufferLimitException.class, tooBig -> Mono.just(Optional.empty()))
                    .flatMap(read -> read.isPresent() ? chain.filter(read.get()) : tooLarge(exchange));
        }
        return chain.filter(exchange);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.write(exchange, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                "The request body is larger than " + maxSize.toKilobytes() + " KB; nothing was passed on."));
    }

    /** The request with the body read here, sent on with its length declared. */
    private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.readableByteCount());
        return new ServerHttpRequestDecorator(request) {

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }
}
