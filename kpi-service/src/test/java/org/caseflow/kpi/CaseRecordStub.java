package org.caseflow.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.caseflow.testsupport.StubServers;

/**
 * A stand-in for casework-service's question of which records are open to a person
 * ({@code POST /api/casework/children/open-to-me}), over real HTTP: every record is open to everyone unless a test
 * closes it to someone, as a restriction does; read from the bearer token the KPI service forwards.
 */
public final class CaseRecordStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CaseRecordStub shared;

    private final Map<String, Set<String>> closedTo = new ConcurrentHashMap<>();
    private final HttpServer server;
    private volatile boolean down;

    private CaseRecordStub() {
        server = StubServers.serve("/api/casework/children/open-to-me", this::answer);
    }

    public static synchronized CaseRecordStub shared() {
        if (shared == null) {
            shared = new CaseRecordStub();
        }
        return shared;
    }

    public String url() {
        return StubServers.url(server);
    }

    /** The child's record is closed to these people from now on (and open to them again once {@link #reopen}ed). */
    public void closeTo(String laChildId, String... people) {
        closedTo.put(laChildId, Set.of(people));
    }

    public void reopen(String laChildId) {
        closedTo.remove(laChildId);
    }

    public void down(boolean down) {
        this.down = down;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String person = StubServers.personNamedBy(exchange.getRequestHeaders().getFirst("Authorization"));
        if (person == null || !exchange.getRequestMethod().equals("POST")) {
            StubServers.answer(exchange, 401, null);
            return;
        }
        if (down) {
            StubServers.answer(exchange, 503, null);
            return;
        }
        List<String> open = new ArrayList<>();
        for (JsonNode id : JSON.readTree(exchange.getRequestBody()).path("laChildIds")) {
            if (!closedTo.getOrDefault(id.asText(), Set.of()).contains(person)) {
                open.add(id.asText());
            }
        }
        StubServers.answer(exchange, 200, JSON.writeValueAsBytes(Map.of("laChildIds", open)));
    }
}
