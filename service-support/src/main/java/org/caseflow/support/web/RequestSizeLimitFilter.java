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
            ServletProblems.write(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "The request body is larger than " + maxBytes / 1024 + " KB; nothing was saved."));
            return;
        }
        chain.doFilter(request, response);
    }
}
