package org.caseflow.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.caseflow.support.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the service cannot reach its database ({@link DatabaseOutage}) is
 * answered 503 with {@code Retry-After} and the {@code database-unavailable} problem, wherever the
 * failure was raised: a controller, a filter, the workflow engine. Without this the servlet
 * container would answer 500, which tells a caller "you broke it" rather than "try again shortly".
 * Each such request is logged in one line, without a stack trace: during an outage they all fail
 * the same way, and the cause is the database's, already known.
 * <p>
 * A failure that was caught and answered before it reached this filter (Camunda's REST layers answer
 * whatever they catch with a 500 of their own) cannot be seen here. Whoever caught it marks the
 * request ({@link DatabaseOutage#NOTICED_ATTRIBUTE}), and its 500 becomes a 503 with {@code Retry-After}.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new OutageAwareResponse(request, response));
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.describe(failure));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS));
            ServletProblems.write(request, response, Problems.databaseUnavailable());
        }
    }

    /** Answers 503 with {@code Retry-After} where a 500 is set for a request marked as having met an outage. */
    private static final class OutageAwareResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        OutageAwareResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(outageAware(status));
        }

        @Override
        public void sendError(int status) throws IOException {
            super.sendError(outageAware(status));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.sendError(outageAware(status), message);
        }

        private int outageAware(int status) {
            if (status != SC_INTERNAL_SERVER_ERROR || request.getAttribute(DatabaseOutage.NOTICED_ATTRIBUTE) == null) {
                return status;
            }
            setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS));
            return SC_SERVICE_UNAVAILABLE;
        }
    }
}
