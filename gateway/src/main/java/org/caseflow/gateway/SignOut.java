package org.caseflow.gateway;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

/**
 * Signing out ends the session at the identity provider too (OpenID Connect RP-initiated logout),
 * not only the gateway's: on a shared office computer the next person must sign in as themselves,
 * not be let straight back in as the last one. The provider sends the browser back to the start
 * page, which asks for a sign-in.
 */
@Configuration
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SignOut {

    /**
     * The client registrations as configured, each told where the provider's end-session endpoint
     * is. The endpoints are configured rather than discovered (the browser and the gateway reach
     * the provider at different addresses), so this one is configured too.
     */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties,
            @Value("${caseflow.oidc.end-session-uri}") String endSessionUri) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values().stream()
                .map(registration -> ClientRegistration.withClientRegistration(registration)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", endSessionUri))
                        .build())
                .toList();
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }

    static ServerLogoutSuccessHandler atTheProviderToo(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // someone who was not signed in through the provider just goes to the start page
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
