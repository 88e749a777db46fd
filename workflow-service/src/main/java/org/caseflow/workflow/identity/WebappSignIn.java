package org.caseflow.workflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.caseflow.support.security.CaseflowAuthorities;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Signs people in to Tasklist, Cockpit and Admin with the token Spring Security has already
 * checked, so the webapps need no login of their own (single sign-on through the gateway). Used
 * by Camunda's {@code ContainerBasedAuthenticationFilter}, which creates it by its class name.
 *
 * <p>The person is written to the directory as the token describes them (just-in-time), because
 * the webapps look people up there. Camunda asks on every request, but keeps the first answer in
 * the session; so the directory is written once per session, when Camunda will take the answer.
 */
public class WebappSignIn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!(signedIn instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groups = CaseflowAuthorities.groupsOf(token);
        if (!signedInToTheWebapps(request, engine, token.getName())) {
            DirectoryWriter.of(engine.getIdentityService()).syncPerson(token.getName(),
                    token.getToken().getClaimAsString("given_name"), token.getToken().getClaimAsString("family_name"), groups);
        }
        AuthenticationResult result = AuthenticationResult.successful(token.getName());
        result.setGroups(groups);
        return result;
    }

    private static boolean signedInToTheWebapps(HttpServletRequest request, ProcessEngine engine, String userId) {
        org.camunda.bpm.webapp.impl.security.auth.Authentication inSession = AuthenticationUtil
                .getAuthsFromSession(request.getSession()).getAuthenticationForProcessEngine(engine.getName());
        return inSession != null && userId.equals(inSession.getIdentityId());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already answered any request without a valid token
    }
}
