package org.caseflow.support.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.journey.events.JourneyFeedPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the journey event feed with Spring's {@link RestClient}, signed in by the interceptor it
 * is given: in a service, Spring Security's {@code OAuth2ClientHttpRequestInterceptor}, which
 * fetches the service account's token, keeps it until it expires, and drops it when the feed
 * answers {@code 401}. A {@code 401} is then asked again once, with a new token: the identity
 * provider may have restarted with a new key, and the service recovers without a restart.
 */
public class RestJourneyFeedClient implements JourneyFeedClient {

    private final URI workflowServiceUrl;
    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RestJourneyFeedClient(URI workflowServiceUrl, ClientHttpRequestInterceptor signIn) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.workflowServiceUrl = workflowServiceUrl;
        this.http = RestClient.builder()
                .baseUrl(workflowServiceUrl.toString())
                .requestFactory(requests)
                .requestInterceptor(signIn)
                .build();
    }

    @Override
    public JourneyFeedPage read(long after, int limit) {
        try {
            Answer answer = ask(after, limit);
            if (answer.status() == HttpStatus.UNAUTHORIZED.value()) {
                // the sign-in dropped the refused token; once more with a new one, then give up until the next poll
                answer = ask(after, limit);
            }
            if (answer.status() != HttpStatus.OK.value()) {
                throw new FeedUnavailableException("The journey event feed answered " + answer.status(), null);
            }
            return json.readValue(answer.body(), JourneyFeedPage.class);
        } catch (IOException | RestClientException e) {
            throw new FeedUnavailableException("The journey event feed at " + workflowServiceUrl + FEED_PATH
                    + " could not be read", e);
        } catch (RuntimeException e) {
            if (e instanceof FeedUnavailableException) {
                throw e;
            }
            // no access token could be had (the identity provider is down or refuses the service account)
            throw new FeedUnavailableException("No access token for the journey event feed: " + e.getMessage(), e);
        }
    }

    private Answer ask(long after, int limit) {
        return http.get()
                .uri(uri -> uri.path(FEED_PATH).queryParam("after", after).queryParam("limit", limit).build())
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        response.getStatusCode().is2xxSuccessful() ? response.getBody().readAllBytes() : new byte[0]));
    }

    private record Answer(int status, byte[] body) {
    }
}
