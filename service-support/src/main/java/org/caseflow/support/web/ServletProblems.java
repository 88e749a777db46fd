package org.caseflow.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caseflow.support.tracing.CurrentTrace;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem detail straight to the response, for refusals made before a request reaches
 * a controller (filters, security handlers), with the request's path and correlation id as the
 * controllers' problems have them.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        Object correlationId = request.getAttribute(CurrentTrace.NAME);
        response.getOutputStream().write(Problems.toJson(problem, request.getRequestURI(),
                correlationId == null ? CurrentTrace.idOrNull() : correlationId.toString()));
    }
}
