package org.caseflow.journey.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Reads the journey event feed of workflow-service ({@code GET /api/workflow/events}). */
public class JourneyFeedClient {

    public static final String FEED_PATH = "/api/workflow/events";

    private final URI feed;
    private final Supplier<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param authorization the {@code Authorization} header to send, asked for each read: the
     *                      reader's own access token ({@code Bearer ...}), which its provider renews
     */
    public JourneyFeedClient(URI workflowServiceUrl, Supplier<String> authorization) {
        this.feed = workflowServiceUrl.resolve(FEED_PATH);
        this.authorization = authorization;
    }

    /**
     * @throws FeedUnavailableException when the feed cannot be read just now; try again later
     */
    public JourneyFeedPage read(long after, int limit) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(feed + "?after=" + after + "&limit=" + limit))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization.get())
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new FeedUnavailableException("The journey event feed answered " + response.statusCode(), null);
            }
            return json.readValue(response.body(), JourneyFeedPage.class);
        } catch (IOException e) {
            throw new FeedUnavailableException("The journey event feed at " + feed + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("Interrupted while reading the journey event feed", e);
        }
    }

    /** The feed could not be read; nothing was consumed. */
    public static class FeedUnavailableException extends RuntimeException {

        public FeedUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
