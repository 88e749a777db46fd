package org.caseflow.support.security;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import jakarta.servlet.DispatcherType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security every Caseflow service shares: health is the only anonymous endpoint; metrics are
 * for monitoring; everything else needs an access token from the identity provider, which the
 * service checks itself (signature, issuer, audience, expiry: {@link ServiceTokens}) and never takes
 * on trust from the gateway. Requests carry their token, so there is no server session and no
 * CSRF token to steal. Refusals are problem details.
 */
public final class ServiceSecurity {

    /** Where a service with springdoc serves its API description, as JSON and YAML. */
    public static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    private ServiceSecurity() {
    }

    /**
     * @param servicePaths the service's own rules, applied after the shared ones and before the
     *                     final "everything else needs a signed-in user"
     */
    public static SecurityFilterChain build(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> servicePaths)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                // No Spring session; and the session Camunda's webapps keep must not get a new id on every
                // request, or a page's parallel requests would lose it (the sign-in that matters, and
                // its new session, happens at the gateway).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .oauth2ResourceServer(tokens -> tokens
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(CaseflowAuthorities.fromToken()))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // API answers are data, never pages: nothing in them may load or run. Camunda's
                        // webapps (workflow-service) set their own policy for their pages.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                                new StaticHeadersWriter("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))))
                .authorizeHttpRequests(requests -> {
                    // an error page rendered for a request that was already judged
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**")
                            .hasAnyAuthority(group(CaseflowGroups.MONITORING), group(CaseflowGroups.ADMINISTRATORS));
                    // the API description: for anyone signed in, person or service account, whatever the service's own rules
                    requests.requestMatchers(API_DESCRIPTION).authenticated();
                    servicePaths.customize(requests);
                    requests.anyRequest().authenticated();
                })
                .build();
    }
}
