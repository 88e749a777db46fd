package org.caseflow.localstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a Caseflow service in the launcher's tests: a real process that answers
 * {@code /actuator/health} with UP where the launcher tells a service to listen, until it is
 * stopped or killed. Run from a jar of its own ({@link FakeServiceJar}).
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        InetSocketAddress address = new InetSocketAddress(System.getenv("SERVER_ADDRESS"), Integer.parseInt(System.getenv("SERVER_PORT")));
        HttpServer server = HttpServer.create(address, 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/actuator/health", exchange -> {
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        server.start();
        System.out.println("Fake service listening on " + address);
    }
}
