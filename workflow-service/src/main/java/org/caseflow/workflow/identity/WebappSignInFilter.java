package org.caseflow.workflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container sign-in, which signs people in only on webapp pages that name the engine
 * ({@code /app/tasklist/default/}). Tasklist opened at {@code /camunda/app/tasklist/} first asks
 * "who is signed in?" ({@code /api/admin/auth/user/default}); answering that too means a person
 * arriving from the gateway never meets the webapps' own login form.
 */
class WebappSignInFilter extends ContainerBasedAuthenticationFilter {

    private static final Pattern WHO_IS_SIGNED_IN = Pattern.compile("/api/admin/auth/user/([^/]+)");

    @Override
    protected String extractEngineName(HttpServletRequest request) {
        String engine = super.extractEngineName(request);
        if (engine != null) {
            return engine;
        }
        Matcher whoIsSignedIn = WHO_IS_SIGNED_IN.matcher(getRequestUri(request));
        return whoIsSignedIn.matches() ? whoIsSignedIn.group(1) : null;
    }
}
