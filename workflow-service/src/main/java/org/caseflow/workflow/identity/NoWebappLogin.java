package org.caseflow.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.caseflow.support.web.Problems;
import org.caseflow.support.web.ServletProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People sign in to the webapps through the gateway (single sign-on), never with the webapps' own
 * login form, whose endpoint checks passwords the directory does not hold and answered a wrong
 * method with an exception's name. It is closed: the same answer as any path that is not there.
 */
class NoWebappLogin extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(/.*)?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletProblems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "There is no such page. Sign in to Caseflow at the gateway; Tasklist, Cockpit and Admin open signed in."));
    }
}
