package org.caseflow.support.security;

import static org.caseflow.support.web.ServletProblems.write;

import org.caseflow.support.web.Problems;
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
}
