package org.caseflow.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Base64;

/** The plumbing stand-in servers share: a loopback HTTP server, its address, JSON answers, free ports. */
public final class StubServers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubServers() {
    }

    /** Starts a server on a free loopback port answering {@code path} with {@code handler}. */
    public static HttpServer serve(String path, HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(path, handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void answerJson(HttpExchange exchange, byte[] body) throws IOException {
        answer(exchange, 200, body);
    }

    /** Answers with the status, and the body as JSON; with no body at all when it is null. */
    public static void answer(HttpExchange exchange, int status, byte[] jsonBody) throws IOException {
        if (jsonBody == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, jsonBody.length);
            exchange.getResponseBody().write(jsonBody);
        }
        exchange.close();
    }

    /**
     * The person a bearer token names ({@code preferred_username}, else {@code sub}), or null for no bearer token. A
     * stand-in trusts it: the service calling it has checked the token.
     */
    public static String personNamedBy(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("preferred_username").asText(claims.path("sub").asText(null));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A loopback port nothing listens on just now: for a service to start on, or to find stopped. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
