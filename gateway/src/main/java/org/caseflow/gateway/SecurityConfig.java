package org.caseflow.gateway;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who passes the gateway. People in a browser sign in at the identity provider (OpenID Connect);
 * the gateway keeps their session and relays their access token to the services
 * ({@code TokenRelay}). A caller that brings its own token passes through untouched. Either way
 * the services check the token themselves and never trust the gateway to have done it. Health is
 * the only anonymous endpoint.
 */
@Configuration
class SecurityConfig {

    static final String LOGIN = "/oauth2/authorization/caseflow";
    static final String CSRF_COOKIE = "CASEFLOW-XSRF";
    static final String CSRF_HEADER = "X-CASEFLOW-XSRF";
    static final String SIGN_OUT = "/logout";
    /** The Swagger UI over the services' API descriptions and its files, which the gateway serves itself. */
    static final ServerWebExchangeMatcher API_DOCS_PAGES =
            ServerWebExchangeMatchers.pathMatchers(ApiDocsPage.PATH, ApiDocsPage.PATH + "/**");

    /** The gateway's own endpoints: health is open, metrics are for monitoring. */
    @Bean
    @Order(1)
    SecurityWebFilterChain gatewayEndpoints(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .oauth2ResourceServer(tokens -> tokens
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(CaseflowAuthorities.fromToken())))
                        .authenticationEntryPoint(unauthorized()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyExchange().hasAnyAuthority(group(CaseflowGroups.MONITORING), group(CaseflowGroups.ADMINISTRATORS)))
                .build();
    }

    /**
     * A caller with its own bearer token (a script, another system): the service behind checks it.
     * Not for the gateway's own pages of the API descriptions, which no service stands behind: those
     * are for people signed in here, by their session.
     */
    @Bean
    @Order(2)
    SecurityWebFilterChain callersWithTokens(ServerHttpSecurity http) {
        ServerWebExchangeMatcher bringsABearerToken = exchange -> {
            String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
            return authorization != null && authorization.startsWith("Bearer ")
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
        return http
                .securityMatcher(new AndServerWebExchangeMatcher(bringsABearerToken, new NegatedServerWebExchangeMatcher(API_DOCS_PAGES)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /**
     * People in a browser: signed in by the identity provider, then by the session. An API call
     * without a session is a 401 problem; a page is sent to sign in. Changes made with the session
     * need the CSRF token the gateway sets as a cookie; Camunda's webapps keep their own.
     */
    @Bean
    @Order(3)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ReactiveClientRegistrationRepository clientRegistrations) {
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName(CSRF_HEADER);
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/login/**", "/oauth2/**", "/favicon.ico").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOr401()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfig::changeWithTheSession)
                        .accessDeniedHandler((exchange, denied) -> ProblemResponses.write(exchange, Problems.of(
                                HttpStatus.FORBIDDEN, "csrf",
                                "This change came without the page's CSRF token (header " + CSRF_HEADER + "); nothing was changed."))))
                // a link may sign out (GET) as well as a form (POST): Camunda's webapps navigate to it
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(SIGN_OUT))
                        .logoutSuccessHandler(SignOut.atTheProviderToo(clientRegistrations)))
                .build();
    }

    /**
     * A change that the browser's session would authorise: only those can be forged from another
     * site. Without a session there is nothing to forge (and the caller gets 401); Camunda's
     * webapps guard their own changes with their own token.
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> changeWithTheSession(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean safe = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE).contains(method);
        boolean webapps = exchange.getRequest().getPath().value().startsWith("/camunda/");
        boolean session = exchange.getRequest().getCookies().containsKey("SESSION");
        return !safe && !webapps && session ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /**
     * A signed-in person's groups (the token's {@code groups} claim) become their authorities at the
     * gateway too, as they do in every service: an administrator may read the gateway's metrics.
     */
    @Bean
    GrantedAuthoritiesMapper groupsFromTheToken() {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>(authorities);
            authorities.stream()
                    .filter(OidcUserAuthority.class::isInstance)
                    .map(authority -> ((OidcUserAuthority) authority).getIdToken().getClaimAsStringList(CaseflowAuthorities.GROUPS_CLAIM))
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .forEach(groupId -> mapped.add(new SimpleGrantedAuthority(group(groupId))));
            return mapped;
        };
    }

    private static ServerAuthenticationEntryPoint signInOr401() {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                // a page, though under /api: a person who opens it is sent to sign in, and comes back to it
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(ApiDocsPage.PATH), new RedirectServerAuthenticationEntryPoint(LOGIN)),
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**", "/engine-rest/**"), unauthorized()));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN));
        return entryPoint;
    }

    private static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, exception) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", Problems.BEARER_CHALLENGE);
            return ProblemResponses.write(exchange, Problems.unauthenticated());
        };
    }

    private static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> ProblemResponses.write(exchange, Problems.forbidden());
    }
}
