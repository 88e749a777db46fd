package org.caseflow.gateway;

import org.caseflow.support.tracing.CurrentTrace;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a problem detail as the reactive response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(Problems.MEDIA_TYPE);
        String correlationId = exchange.getAttribute(CurrentTrace.NAME);
        byte[] body = Problems.toJson(problem, exchange.getRequest().getPath().value(), correlationId);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
