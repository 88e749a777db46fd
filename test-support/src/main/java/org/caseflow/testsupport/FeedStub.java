package org.caseflow.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.journey.events.JourneyFeedPage;

/**
 * A stand-in for workflow-service's journey event feed, over real HTTP, serving the events a test
 * publishes. Consumers' own tests use it; the end-to-end tests use the real feed.
 */
public final class FeedStub implements AutoCloseable {

    private HttpServer server;
    private final List<JourneyEvent> events = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private FeedStub() {
    }

    public static FeedStub start() {
        FeedStub stub = new FeedStub();
        stub.server = StubServers.serve(JourneyFeedClient.FEED_PATH, exchange -> {
            Map<String, String> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts[1]);
            }
            StubServers.answerJson(exchange, stub.json.writeValueAsBytes(
                    stub.page(Long.parseLong(query.get("after")), Integer.parseInt(query.get("limit")))));
        });
        return stub;
    }

    public String url() {
        return StubServers.url(server);
    }

    /** Publishes an event at the next position and returns it. */
    public synchronized JourneyEvent publish(String type, String laChildId, String contactId, String referralId,
            LocalDate occurredOn, LocalDate dueOn, String team, String worker, Map<String, Object> data) {
        long position = events.isEmpty() ? 1 : events.get(events.size() - 1).position() + 1;
        JourneyEvent event = new JourneyEvent(position, UUID.randomUUID(), type, laChildId, contactId, referralId,
                occurredOn, Instant.now(), dueOn, team, worker, data, worker == null ? null : UUID.randomUUID().toString());
        events.add(event);
        return event;
    }

    /** Takes an event back out of the feed, as if it had never been published (to clear a poisoned page). */
    public synchronized void withdraw(JourneyEvent event) {
        events.removeIf(published -> published.eventId().equals(event.eventId()));
    }

    private synchronized JourneyFeedPage page(long after, int limit) {
        List<JourneyEvent> ready = events.stream().filter(event -> event.position() > after).limit(limit + 1L).toList();
        boolean hasMore = ready.size() > limit;
        List<JourneyEvent> page = hasMore ? ready.subList(0, limit) : ready;
        return new JourneyFeedPage(page, page.isEmpty() ? after : page.get(page.size() - 1).position(), hasMore);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
