package org.caseflow.support.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Returns the request's trace id as {@value CurrentTrace#HEADER} and keeps it as a request
 * attribute ({@value CurrentTrace#NAME}) for the error pages, which the container renders after
 * the request's trace scope has closed. It runs inside Spring Boot's HTTP observation filter,
 * which continues the caller's W3C {@code traceparent} or starts a trace.
 * <p>
 * Each request that may change something (not a read: Tasklist polls all day) is logged in one
 * line, in its trace, so that the gateway's line for a change has its match in the service's log.
 */
public class CorrelationHeaderFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CorrelationHeaderFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentTrace.id().ifPresent(traceId -> {
            request.setAttribute(CurrentTrace.NAME, traceId);
            response.setHeader(CurrentTrace.HEADER, traceId);
        });
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!READS.contains(request.getMethod())) {
                log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
