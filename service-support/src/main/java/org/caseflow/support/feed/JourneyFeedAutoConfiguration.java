package org.caseflow.support.feed;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service that declares a {@link JourneyEventHandler} reads the journey event feed of
 * workflow-service ({@code caseflow.feed.url}) every {@code caseflow.feed.poll-interval} (default
 * 1 second), signed in as itself: a client-credentials token from the identity provider
 * ({@code caseflow.feed.client-id}, {@code client-secret}, {@code token-uri}), fetched and renewed
 * by Spring Security. {@code caseflow.feed.enabled=false} stops polling.
 */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnClass({JdbcClient.class, OAuth2AuthorizedClientManager.class})
@ConditionalOnBean(JourneyEventHandler.class)
@ConditionalOnProperty("caseflow.feed.client-id")
public class JourneyFeedAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JourneyFeedAutoConfiguration.class);

    @Bean
    JourneyFeedConsumer journeyFeedConsumer(Environment environment, JourneyEventHandler handler, JdbcClient jdbc,
            PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters) {
        URI url = URI.create(environment.getRequiredProperty("caseflow.feed.url"));
        JourneyFeedClient client = new JourneyFeedClient(url, serviceToken(environment));
        JourneyFeedConsumer consumer = new JourneyFeedConsumer(environment.getRequiredProperty("spring.application.name"),
                client, jdbc, new TransactionTemplate(transactions), handler,
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

    /** The service's own access token, fetched with client credentials and renewed before it expires. */
    private static Supplier<String> serviceToken(Environment environment) {
        String clientId = environment.getRequiredProperty("caseflow.feed.client-id");
        ClientRegistration registration = ClientRegistration.withRegistrationId("journey-feed")
                .clientId(clientId)
                .clientSecret(environment.getRequiredProperty("caseflow.feed.client-secret"))
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(environment.getRequiredProperty("caseflow.feed.token-uri"))
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        AuthorizedClientServiceOAuth2AuthorizedClientManager tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId("journey-feed").principal(clientId).build();
        return () -> {
            try {
                return "Bearer " + tokens.authorize(request).getAccessToken().getTokenValue();
            } catch (RuntimeException e) {
                throw new JourneyFeedClient.FeedUnavailableException("No access token for the journey event feed: " + e.getMessage(), e);
            }
        };
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
