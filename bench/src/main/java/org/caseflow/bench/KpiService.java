package org.caseflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiApplication;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.TestIdentity;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The KPI service, the real application, running inside the benchmark on a database of the bench's: with the local
 * profile (its demo directory), trusting a stand-in identity provider whose tokens the bench presents, listening on a
 * free loopback port. Its feed is off unless the bench points it at a feed of its own.
 */
final class KpiService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KpiService(ConfigurableApplicationContext context) {
        this.context = context;
        this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * @param settings more settings, e.g. where its feed is; they win over the service's own
     */
    static KpiService start(Database database, Path bankHolidays, Map<String, String> settings) {
        TestIdentity identity = TestIdentity.shared();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.datasource.url", database.jdbcUrl());
        all.put("spring.datasource.username", database.username());
        all.put("spring.datasource.password", database.password());
        all.put("server.address", "127.0.0.1");
        all.put("server.port", "0");
        all.put("OIDC_ISSUER_URI", identity.issuer());
        all.put("OIDC_INTERNAL_URI", identity.issuer());
        all.put("caseflow.feed.enabled", "false");
        all.put("caseflow.calendar.bank-holidays-file", bankHolidays.toString());
        all.put("spring.main.banner-mode", "off");
        // a report the bench abandons has its queries cancelled: the service's own error for it says nothing new
        all.put("logging.level.org.apache.catalina.core", "OFF");
        all.putAll(settings);
        List<String> arguments = new ArrayList<>();
        // as command-line arguments, so that they win over the service's application.yml as its environment would
        all.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KpiApplication.class)
                .profiles("local")
                .run(arguments.toArray(String[]::new));
        return new KpiService(context);
    }

    String url() {
        return url;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A GET as {@code person}, one of the demo people, with their access token; unanswered after {@code timeout}, it fails. */
    HttpResponse<String> get(String path, String person, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + TestIdentity.shared().tokenFor(person))
                .timeout(timeout)
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
