package org.caseflow.identity;

import jakarta.servlet.DispatcherType;
import org.caseflow.identity.signin.SignInPage;
import org.caseflow.identity.signin.SignInThrottle;
import org.caseflow.identity.signin.ThrottledPasswordSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

@Configuration
class SecurityConfig {

    /** The OpenID Connect endpoints; a browser that is not signed in is sent to the sign-in page. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http
                .securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(Customizer.withDefaults())
                        .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers.replaceAll(
                                provider -> provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider
                                        ? new AuthorizationCodeClientsOnly(provider, clients) : provider))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInPage.PATH), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .build();
    }

    /**
     * The sign-in page itself, with its password check behind the sign-in throttle; only health and
     * the form are open. An error page answers a request that has already been judged (a refused
     * authorization request is a 400 for anyone, signed in or not).
     */
    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, SignInThrottle throttle, UserDetailsService people, PasswordEncoder passwords)
            throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(people);
        passwordCheck.setPasswordEncoder(passwords);
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // the form with each of its messages (?error, ?throttled, ?logout)
                        .requestMatchers(HttpMethod.GET, SignInPage.PATH).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new ThrottledPasswordSignIn(throttle, passwordCheck)))
                .formLogin(form -> form.loginPage(SignInPage.PATH).failureHandler(SignInPage.failureHandler()))
                .build();
    }
}
