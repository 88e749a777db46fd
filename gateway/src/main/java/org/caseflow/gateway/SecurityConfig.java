package org.caseflow.gateway;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import java.net.URI;
import java.time.Duration;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.security.DirectoryClient;
import org.caseflow.support.security.DirectoryUnavailableException;
import org.caseflow.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The services behind the gateway sign callers in themselves and never trust the gateway to have
 * done it, so routed requests pass through untouched. The gateway's own endpoints follow the same
 * rule as every service: health is open, metrics are for monitoring.
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewayEndpoints(ServerHttpSecurity http, ReactiveAuthenticationManager directory) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(basic -> basic.authenticationManager(directory).authenticationEntryPoint(unauthorized()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyExchange().hasAnyAuthority(group(CaseflowGroups.MONITORING), group(CaseflowGroups.ADMINISTRATORS)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain routedRequests(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // the services and Camunda's webapps guard their own
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    ReactiveAuthenticationManager directoryAuthentication(@Value("${caseflow.directory.url}") URI directoryUrl) {
        DirectoryClient directory = new DirectoryClient(directoryUrl, Duration.ofSeconds(60));
        return authentication -> Mono
                .fromCallable(() -> directory.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials())))
                .subscribeOn(Schedulers.boundedElastic()) // the directory client blocks
                .map(user -> user.map(CaseflowAuthorities::authenticated)
                        .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password")));
    }

    private static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, exception) -> {
            if (exception instanceof DirectoryUnavailableException) {
                return ProblemResponses.write(exchange, Problems.directoryUnavailable());
            }
            exchange.getResponse().getHeaders().set("WWW-Authenticate", Problems.BASIC_CHALLENGE);
            return ProblemResponses.write(exchange, Problems.unauthenticated());
        };
    }

    private static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> ProblemResponses.write(exchange, Problems.forbidden());
    }
}
