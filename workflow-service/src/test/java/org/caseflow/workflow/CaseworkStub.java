package org.caseflow.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.testsupport.StubServers;

/**
 * A stand-in for casework-service's child look-up ({@code GET /api/casework/children/{id}/identity}),
 * over real HTTP: it answers for the children a test records, to the people a record is open to,
 * read from the bearer token the workflow service forwards; anyone else gets 404, as from the real one.
 */
public final class CaseworkStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IDENTITY = Pattern.compile("/api/casework/children/([^/]+)(/identity)?");
    private static CaseworkStub shared;

    private final Map<String, Child> children = new ConcurrentHashMap<>();
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile boolean down;

    /** A child's record and who it is open to (nobody listed: everyone). */
    public record Child(String laChildId, String givenName, String familyName, String dateOfBirth, Set<String> openTo) {
    }

    private CaseworkStub() {
        server = StubServers.serve("/api/casework/", this::answer);
    }

    public static synchronized CaseworkStub shared() {
        if (shared == null) {
            shared = new CaseworkStub();
        }
        return shared;
    }

    public String url() {
        return StubServers.url(server);
    }

    public void record(String laChildId, String givenName, String familyName, String dateOfBirth, String... openTo) {
        children.put(laChildId, new Child(laChildId, givenName, familyName, dateOfBirth, Set.of(openTo)));
    }

    /** Every look-up so far, as "person laChildId". */
    public List<String> lookups() {
        return List.copyOf(lookups);
    }

    public void down(boolean down) {
        this.down = down;
    }

    private void answer(HttpExchange exchange) throws IOException {
        Matcher identity = IDENTITY.matcher(exchange.getRequestURI().getPath());
        String person = StubServers.personNamedBy(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!identity.matches() || person == null) {
            StubServers.answer(exchange, 401, null);
            return;
        }
        lookups.add(person + " " + identity.group(1));
        if (down) {
            StubServers.answer(exchange, 503, null);
            return;
        }
        Child child = children.get(identity.group(1));
        if (child == null || !(child.openTo().isEmpty() || child.openTo().contains(person))) {
            StubServers.answer(exchange, 404, null);
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>(Map.of("laChildId", child.laChildId(), "givenName", child.givenName(),
                "familyName", child.familyName(), "dateOfBirth", child.dateOfBirth()));
        if (identity.group(2) == null) {
            // the whole record's summary: the reader must take who the child is and leave the rest
            answer.putAll(Map.of("status", "OPEN_CHILD_IN_NEED", "currentLevel", "CHILD_IN_NEED", "openEpisodes", List.of()));
        }
        StubServers.answer(exchange, 200, JSON.writeValueAsBytes(answer));
    }
}
