package org.caseflow.support.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.support.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service that declares a {@link JourneyEventHandler} reads the journey event feed of
 * workflow-service ({@code caseflow.feed.url}) every {@code caseflow.feed.poll-interval} (default
 * 1 second), signed in as itself: a client-credentials token from the identity provider
 * ({@code caseflow.feed.client-id}, {@code client-secret}, {@code token-uri}), fetched and renewed
 * by Spring Security, and fetched anew when the feed refuses it. Each event is applied in the trace
 * of the request that caused it. {@code caseflow.feed.enabled=false} stops polling.
 */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnClass({JdbcClient.class, OAuth2AuthorizedClientManager.class})
@ConditionalOnBean(JourneyEventHandler.class)
@ConditionalOnProperty("caseflow.feed.client-id")
public class JourneyFeedAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JourneyFeedAutoConfiguration.class);
    private static final String REGISTRATION = "journey-feed";

    @Bean
    JourneyFeedConsumer journeyFeedConsumer(Environment environment, JourneyEventHandler handler, JdbcClient jdbc,
            PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters, ObjectProvider<Tracer> tracer) {
        URI url = URI.create(environment.getRequiredProperty("caseflow.feed.url"));
        JourneyFeedClient client = new RestJourneyFeedClient(url, serviceSignIn(environment));
        // each event is applied in the trace of the request that caused it
        JourneyEventHandler traced = tracer.getIfAvailable() == null ? handler : new TracedEventHandler(handler, tracer.getObject());
        JourneyFeedConsumer consumer = new JourneyFeedConsumer(environment.getRequiredProperty("spring.application.name"),
                client, jdbc, new TransactionTemplate(transactions), traced,
                environment.getProperty("caseflow.feed.page-size", Integer.class, 200));
        meters.ifAvailable(consumer::bindTo);
        return consumer;
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(value = "caseflow.feed.enabled", matchIfMissing = true)
    TaskScheduler journeyFeedPolling(JourneyFeedConsumer consumer, Environment environment) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("journey-feed-");
        scheduler.initialize();
        Duration interval = environment.getProperty("caseflow.feed.poll-interval", Duration.class, Duration.ofSeconds(1));
        scheduler.scheduleWithFixedDelay(() -> poll(consumer), interval);
        return scheduler;
    }

    /**
     * Signs the feed's requests in as the service itself: Spring Security fetches a client-credentials
     * token, keeps it until it expires, and forgets it when the feed refuses it ({@code 401}), so
     * that the next request fetches a new one.
     */
    static ClientHttpRequestInterceptor serviceSignIn(Environment environment) {
        String clientId = environment.getRequiredProperty("caseflow.feed.client-id");
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(environment.getRequiredProperty("caseflow.feed.client-secret"))
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(environment.getRequiredProperty("caseflow.feed.token-uri"))
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        InMemoryOAuth2AuthorizedClientService authorizedClients = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, authorizedClients);
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        OAuth2ClientHttpRequestInterceptor signIn = new OAuth2ClientHttpRequestInterceptor(tokens);
        signIn.setClientRegistrationIdResolver(request -> REGISTRATION);
        // the service itself, not whoever's work is under way on the polling thread (nobody's)
        signIn.setPrincipalResolver(request -> UsernamePasswordAuthenticationToken.authenticated(clientId, null, List.of()));
        signIn.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return signIn;
    }

    private static void poll(JourneyFeedConsumer consumer) {
        try {
            consumer.catchUp();
        } catch (JourneyFeedClient.FeedUnavailableException e) {
            log.warn("The journey event feed is not available; will try again: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                // nothing was applied; the next poll reads again from the cursor, which did not move
                log.warn("This service's database cannot be reached; reading the journey event feed will resume from its cursor: {}",
                        DatabaseOutage.describe(e));
                return;
            }
            log.error("Applying journey events failed; nothing was half-applied and the page will be read again", e);
        }
    }
}
