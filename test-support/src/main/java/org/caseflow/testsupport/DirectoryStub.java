package org.caseflow.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for workflow-service's who-am-I endpoint ({@code GET /api/workflow/identity/me}), so
 * that a service which signs people in through the directory can be tested on its own, over real
 * HTTP. The end-to-end tests use the real directory.
 */
public final class DirectoryStub implements AutoCloseable {

    private HttpServer server;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    private DirectoryStub() {
    }

    public static DirectoryStub start() {
        DirectoryStub stub = new DirectoryStub();
        stub.server = StubServers.serve("/api/workflow/identity/me", exchange -> {
            stub.lookups.incrementAndGet();
            String user = stub.userFor(exchange.getRequestHeaders().getFirst("Authorization"));
            if (user == null) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            } else {
                StubServers.answerJson(exchange, stub.json(user).getBytes(StandardCharsets.UTF_8));
            }
        });
        return stub;
    }

    public DirectoryStub user(String userId, String password, String... groupIds) {
        passwords.put(userId, password);
        groups.put(userId, List.of(groupIds));
        return this;
    }

    /** How many times a service asked who someone is. */
    public int lookups() {
        return lookups.get();
    }

    public String url() {
        return StubServers.url(server);
    }

    private String userFor(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        String user = decoded.substring(0, colon);
        return decoded.substring(colon + 1).equals(passwords.get(user)) ? user : null;
    }

    private String json(String user) {
        String groupList = groups.get(user).stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(","));
        return "{\"userId\":\"" + user + "\",\"groups\":[" + groupList + "]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
