package org.caseflow.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caseflow.support.web.CorrelationId;
import org.caseflow.support.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Refusals written as problem details (401 with a Bearer challenge, 403) rather than HTML pages. */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", Problems.BEARER_CHALLENGE);
            write(request, response, Problems.unauthenticated());
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, Problems.forbidden());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        Object correlationId = request.getAttribute(CorrelationId.MDC_KEY);
        response.getOutputStream().write(Problems.toJson(problem, request.getRequestURI(),
                correlationId == null ? null : correlationId.toString()));
    }
}
