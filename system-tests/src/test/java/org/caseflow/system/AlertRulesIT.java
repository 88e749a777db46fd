package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Prometheus's alert rules (deploy/prometheus/alerts.yml) read what the services really publish:
 * every metric an alert's expression names is in some running service's {@code /actuator/prometheus},
 * as Prometheus scrapes it. A rule naming a metric nobody publishes would never fire.
 */
class AlertRulesIT {

    private static final Path ALERTS = Path.of("").toAbsolutePath().getParent().resolve("deploy/prometheus/alerts.yml");
    /** What an expression holds besides metric names: label matchers, ranges, strings and the labels of by (...). */
    private static final Pattern NOT_A_METRIC = Pattern.compile("\"[^\"]*\"|\\{[^}]*}|\\[[^\\]]*\\]|\\b(by|without)\\s*\\([^)]*\\)");
    /** A name not followed by "(" (a function's): a metric, or one of PromQL's own words. */
    private static final Pattern NAME = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "on", "ignoring", "offset",
            "group_left", "group_right");
    /** Prometheus's own series about each scrape, not a service's. */
    private static final Set<String> WRITTEN_BY_PROMETHEUS = Set.of("up");

    private final CaseflowStack stack = RunningCaseflow.stack();
    private final Gateway gateway = RunningCaseflow.gateway();

    @Test
    void everyMetricAnAlertReadsIsPublishedByARunningService() throws Exception {
        Set<String> published = publishedMetrics();
        Map<String, Set<String>> readByAlert = metricsReadByEachAlert();

        assertThat(readByAlert).as("the alerts").isNotEmpty();
        readByAlert.forEach((alert, metrics) -> assertThat(published).as(alert + " reads " + metrics).containsAll(metrics));
    }

    @Test
    void metricNamesAreFoundInAnExpressionAndNothingElse() {
        assertThat(metricsIn("sum by (application, instance) (increase(hikaricp_connections_timeout_total[2m])) > 0"))
                .containsExactly("hikaricp_connections_timeout_total");
        assertThat(metricsIn("sum by (application) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m])) > 0.1"))
                .containsExactly("http_server_requests_seconds_count");
        assertThat(metricsIn("time() - caseflow_feed_caught_up_seconds > 300")).containsExactly("caseflow_feed_caught_up_seconds");
        assertThat(metricsIn("up{job=\"caseflow\"} == 0")).isEmpty();
    }

    /** Every series name in every service's scrape, as Prometheus reads it with the metrics account's token. */
    private Set<String> publishedMetrics() throws Exception {
        String token = gateway.serviceToken("metrics", "metrics-local");
        HttpClient http = HttpClient.newHttpClient();
        Set<String> names = new HashSet<>();
        for (CaseflowService service : CaseflowService.values()) {
            if (service == CaseflowService.IDENTITY_PROVIDER) {
                continue; // the council's provider in production, not scraped
            }
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as(service.module()).isEqualTo(200);
            scrape.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> metricsReadByEachAlert() throws Exception {
        Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));
        Map<String, Set<String>> readByAlert = new LinkedHashMap<>();
        for (Object group : (List<Object>) file.get("groups")) {
            for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                Map<String, Object> alert = (Map<String, Object>) rule;
                readByAlert.put(String.valueOf(alert.get("alert")), metricsIn(String.valueOf(alert.get("expr"))));
            }
        }
        return readByAlert;
    }

    private static Set<String> metricsIn(String expression) {
        Matcher names = NAME.matcher(NOT_A_METRIC.matcher(expression).replaceAll(" "));
        Set<String> metrics = new HashSet<>();
        while (names.find()) {
            String name = names.group(1);
            if (!PROMQL_WORDS.contains(name) && !WRITTEN_BY_PROMETHEUS.contains(name)) {
                metrics.add(name);
            }
        }
        return metrics;
    }
}
