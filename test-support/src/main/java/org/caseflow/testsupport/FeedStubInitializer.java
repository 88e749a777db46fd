package org.caseflow.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a consumer's feed at a {@link FeedStub} (injectable as a bean) and turns polling off, so
 * that a test publishes events and then calls {@code JourneyFeedConsumer.catchUp()} itself.
 */
public class FeedStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        FeedStub feed = FeedStub.start();
        context.getBeanFactory().registerSingleton("feedStub", feed);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                feed.close();
            }
        });
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("caseflowFeedStub", Map.of(
                "caseflow.feed.url", feed.url(),
                "caseflow.feed.client-id", "casework-service",
                "caseflow.feed.client-secret", "test",
                "caseflow.feed.token-uri", TestIdentity.shared().issuer() + "/oauth2/token",
                "caseflow.feed.enabled", "false")));
    }
}
