package org.caseflow.support.feed;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.caseflow.journey.events.JourneyFeedClient;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service that declares a {@link JourneyEventHandler} and feed credentials
 * ({@code caseflow.feed.username}, {@code caseflow.feed.password}) reads the journey event feed
 * every {@code caseflow.feed.poll-interval} (default 1 second) from {@code caseflow.feed.url}
 * (default: the directory, which is workflow-service). {@code caseflow.feed.enabled=false} stops polling.
 */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(JourneyEventHandler.class)
@ConditionalOnProperty("caseflow.feed.username")
public class JourneyFeedAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JourneyFeedAutoConfiguration.class);

    @Bean
    JourneyFeedConsumer journeyFeedConsumer(Environment environment, JourneyEventHandler handler, JdbcClient jdbc,
            PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters) {
        URI url = URI.create(environment.getProperty("caseflow.feed.url", environment.getRequiredProperty("caseflow.directory.url")));
        JourneyFeedClient client = new JourneyFeedClient(url, environment.getRequiredProperty("caseflow.feed.username"),
                environment.getRequiredProperty("caseflow.feed.password"));
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

    private static void poll(JourneyFeedConsumer consumer) {
        try {
            consumer.catchUp();
        } catch (JourneyFeedClient.FeedUnavailableException e) {
            log.warn("The journey event feed is not available; will try again: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Applying journey events failed; nothing was half-applied and the page will be read again", e);
        }
    }
}
