package org.caseflow.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than the service accepts (413, a problem
 * detail) before anything reads it. The gateway limits bodies too; this holds for callers that
 * reach a service directly.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(Problems.MEDIA_TYPE.toString());
            Object correlationId = request.getAttribute(CorrelationId.MDC_KEY);
            response.getOutputStream().write(Problems.toJson(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "The request body is larger than " + maxBytes / 1024 + " KB; nothing was saved."),
                    request.getRequestURI(), correlationId == null ? null : correlationId.toString()));
            return;
        }
        chain.doFilter(request, response);
    }
}
