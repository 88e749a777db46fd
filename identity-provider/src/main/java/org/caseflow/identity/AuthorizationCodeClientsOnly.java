package org.caseflow.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Refuses, with a plain 400, an authorization request that names a client which does not sign
 * people in (a service account: client credentials only, no redirect addresses of its own).
 *
 * <p>Left to itself the authorization endpoint reports that error by redirecting to the request's
 * own {@code redirect_uri}, which no one registered, so anyone could make the provider send a
 * browser to any address; and without a {@code redirect_uri} it falls over with a server error.
 * Answering before it, with no redirect address in the error, makes the endpoint answer 400.
 */
class AuthorizationCodeClientsOnly implements AuthenticationProvider {

    private final AuthenticationProvider authorizationRequests;
    private final RegisteredClientRepository clients;

    AuthorizationCodeClientsOnly(AuthenticationProvider authorizationRequests, RegisteredClientRepository clients) {
        this.authorizationRequests = authorizationRequests;
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication instanceof OAuth2AuthorizationCodeRequestAuthenticationToken request) {
            RegisteredClient client = clients.findByClientId(request.getClientId());
            if (client != null && !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE)) {
                throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.UNAUTHORIZED_CLIENT, "This client does not sign people in.", null), null);
            }
        }
        return authorizationRequests.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return authorizationRequests.supports(authentication);
    }
}
