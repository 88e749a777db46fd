package org.caseflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.journey.events.JourneyFeedPage;
import org.caseflow.testsupport.StubServers;

/**
 * A journey event feed serving events held in memory, over real HTTP, in the feed's JSON contract: a stand-in for
 * workflow-service's feed, so that a consumer's catching up is measured alone. Finding a page costs nothing here (the
 * events are numbered 1, 2, 3…); the real feed's own query is not part of the figure.
 */
final class ReplayFeed implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final HttpServer server;
    private volatile List<JourneyEvent> events = List.of();

    ReplayFeed() {
        this.server = StubServers.serve(JourneyFeedClient.FEED_PATH, this::answer);
    }

    /** From now on the feed holds these events, at positions 1 to n in order. */
    void serve(List<JourneyEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).position() != i + 1) {
                throw new IllegalArgumentException("The feed's events must be at positions 1 to n; the " + (i + 1) + "th is at "
                        + events.get(i).position());
            }
        }
        this.events = List.copyOf(events);
    }

    String url() {
        return StubServers.url(server);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts[1]);
        }
        List<JourneyEvent> all = events;
        int after = (int) Math.min(all.size(), Long.parseLong(query.get("after")));
        int end = (int) Math.min(all.size(), (long) after + Integer.parseInt(query.get("limit")));
        List<JourneyEvent> page = all.subList(after, end);
        byte[] body = json.writeValueAsBytes(new JourneyFeedPage(page, page.isEmpty() ? after : end, end < all.size()));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
