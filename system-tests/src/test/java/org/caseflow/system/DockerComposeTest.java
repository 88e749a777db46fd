package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where these tests run, so docker-compose.yml is checked against the
 * applications instead: every service is there, and it is given the ports, databases, URLs and
 * secrets that each application's own configuration reads.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** Compose's {@code ${VARIABLE}}, {@code ${VARIABLE:-fallback}} and {@code ${VARIABLE-fallback}}. */
    private static final Pattern PLACEHOLDER_WITH_FALLBACK = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(?::?-([^}]*))?}");
    /** Spring Boot reads these without a placeholder (the trace store's address: service-support's tracing defaults). */
    private static final Set<String> READ_BY_THE_PLATFORM = Set.of("SPRING_PROFILES_ACTIVE", "MANAGEMENT_OTLP_TRACING_ENDPOINT");
    /** Settings every deployment must make even though the application has a developer default or an empty one. */
    private static final Set<String> ALWAYS_SET = Set.of("SERVER_PORT", "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
            "WORKFLOW_SERVICE_URL", "CASEWORK_SERVICE_URL", "KPI_SERVICE_URL", "OIDC_ISSUER_URI", "OIDC_INTERNAL_URI",
            "GATEWAY_CLIENT_SECRET", "CASEWORK_CLIENT_SECRET", "KPI_CLIENT_SECRET");

    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));

    @Test
    void everyPartIsThere() {
        assertThat(services().keySet()).contains("postgres", "workflow-service", "casework-service", "kpi-service",
                "gateway", "identity-provider", "prometheus", "grafana");
        assertThat(image("postgres")).startsWith("postgres:16");
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void eachServiceIsBuiltFromThisRepository(CaseflowService service) {
        Map<String, Object> build = map(service(service.module()).get("build"));

        assertThat(ROOT.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile")))).exists();
        assertThat(map(build.get("args"))).containsEntry("SERVICE", service.module());
        assertThat(ROOT.resolve(service.module()).resolve("pom.xml")).exists();
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void eachServiceIsGivenEverythingItsConfigurationReads(CaseflowService service) {
        Map<String, String> reads = placeholdersReadBy(service);
        Set<String> given = environment(service).keySet();

        // a variable with no fallback at all must be set; one with a fallback is optional unless listed
        Set<String> required = new HashSet<>();
        reads.forEach((variable, fallback) -> {
            if (fallback == null || ALWAYS_SET.contains(variable)) {
                required.add(variable);
            }
        });
        assertThat(given).as("what %s needs", service.module()).containsAll(required);
        assertThat(given).as("nothing %s would ignore", service.module())
                .allMatch(variable -> reads.containsKey(variable) || READ_BY_THE_PLATFORM.contains(variable));
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void eachServiceListensAndIsCheckedOnItsOwnPort(CaseflowService service) {
        String port = String.valueOf(environment(service).get("SERVER_PORT"));

        assertThat(port).isEqualTo(String.valueOf(service.defaultPort()));
        assertThat(placeholdersReadBy(service)).containsEntry("SERVER_PORT", port);
        Map<String, Object> healthcheck = map(service(service.module()).get("healthcheck"));
        assertThat(list(healthcheck.get("test")).toString()).contains("localhost:" + port + "/actuator/health");
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void eachServiceOwnsADatabaseThatTheInitScriptCreates(CaseflowService service) throws IOException {
        Map<String, Object> environment = environment(service);
        if (!service.ownsDatabase()) {
            assertThat(environment).doesNotContainKey("DATABASE_URL");
            return;
        }
        URI database = URI.create(String.valueOf(environment.get("DATABASE_URL")).substring("jdbc:".length()));

        assertThat(database.getHost()).isEqualTo("postgres");
        assertThat(database.getPath()).isEqualTo("/" + service.databaseName());
        assertThat(Files.readString(ROOT.resolve("deploy/postgres/init-databases.sql")))
                .contains("CREATE DATABASE " + service.databaseName() + ";");
        assertThat(map(service(service.module()).get("depends_on"))).containsKey("postgres");
    }

    @Test
    void everyServiceTrustsTheSameProviderAndReachesItInside() {
        for (CaseflowService service : CaseflowService.values()) {
            Map<String, Object> environment = environment(service);
            assertThat(environment).as(service.module()).containsEntry("OIDC_ISSUER_URI", "${OIDC_ISSUER_URI:-http://localhost:9000}");
            if (service != CaseflowService.IDENTITY_PROVIDER) {
                assertThat(environment).as(service.module())
                        .containsEntry("OIDC_INTERNAL_URI", "${OIDC_INTERNAL_URI:-http://identity-provider:9000}");
            }
        }
        assertThat(list(service("identity-provider").get("ports"))).containsExactly("127.0.0.1:9000:9000");
    }

    @Test
    void theDemoIdentityProviderStartsOnlyWhenTheDemoIsAskedFor() {
        assertThat(list(service("identity-provider").get("profiles"))).containsExactly("demo");
        services().forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            if (!name.equals("identity-provider")) {
                assertThat(service).as(name + " starts without a profile").doesNotContainKey("profiles");
            }
            if (service.get("depends_on") instanceof Map<?, ?> dependencies && dependencies.containsKey("identity-provider")) {
                // a required dependency on a service whose profile is off would stop compose from starting at all
                assertThat(map(dependencies.get("identity-provider"))).as(name + " starts without the demo identity provider")
                        .containsEntry("required", false);
            }
        });
    }

    @Test
    void theLocalProfileWithItsDemoPasswordsIsNeverOnByDefault() throws IOException {
        services().forEach((name, definition) -> {
            Object profiles = map(map(definition).getOrDefault("environment", Map.of())).get("SPRING_PROFILES_ACTIVE");
            if (profiles != null) {
                assertThat(withDefaults(String.valueOf(profiles))).as(name + "'s Spring profiles by default").doesNotContain("local");
            }
        });
        // .env.example is copied to .env as it stands
        assertThat(Files.readAllLines(ROOT.resolve(".env.example")))
                .filteredOn(line -> line.startsWith("CASEFLOW_PROFILES=") || line.startsWith("COMPOSE_PROFILES="))
                .containsExactly("CASEFLOW_PROFILES=");
    }

    @Test
    void aValueIsReadAsComposeReadsItWithNothingSet() {
        assertThat(withDefaults("${CASEFLOW_PROFILES:-}")).isEmpty();
        assertThat(withDefaults("${CASEFLOW_PROFILES}")).isEmpty();
        assertThat(withDefaults("${CASEFLOW_PROFILES:-local}")).isEqualTo("local");
        assertThat(withDefaults("demo,${CASEFLOW_PROFILES-local}")).isEqualTo("demo,local");
        assertThat(withDefaults("local")).isEqualTo("local");
    }

    @Test
    void servicesAreBuiltForProductionUnlessADemoIsAskedForAndTheDemoProviderWithItsPeople() throws IOException {
        for (CaseflowService service : List.of(CaseflowService.WORKFLOW, CaseflowService.CASEWORK, CaseflowService.KPI,
                CaseflowService.GATEWAY)) {
            assertThat(map(map(service(service.module()).get("build")).get("args")))
                    .as(service.module()).containsEntry("MAVEN_PROFILES", "${CASEFLOW_BUILD_PROFILES-production}");
        }
        assertThat(map(map(service("identity-provider").get("build")).get("args"))).containsEntry("MAVEN_PROFILES", "");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ARG MAVEN_PROFILES=production");
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<id>production</id>", "<exclude>**/demo/**</exclude>");
    }

    /** Workflow checks a known child's record; kpi narrows a list of children counted to the records open to its reader. */
    @ParameterizedTest
    @EnumSource(value = CaseflowService.class, names = {"WORKFLOW", "KPI"})
    void servicesThatAskAboutChildrensRecordsAreToldWhereTheyAre(CaseflowService service) {
        assertThat(environment(service)).containsEntry("CASEWORK_SERVICE_URL", "http://casework-service:8082");
    }

    @ParameterizedTest
    @EnumSource(value = CaseflowService.class, names = {"GATEWAY", "WORKFLOW", "CASEWORK", "KPI"})
    void eachServiceRequiresTheApiAudienceInTokens(CaseflowService service) {
        assertThat(environment(service)).containsEntry("OIDC_AUDIENCE", "${OIDC_AUDIENCE:-caseflow-api}");
    }

    @Test
    void serviceAddressesPointAtTheRightServiceAndPort() {
        for (CaseflowService service : CaseflowService.values()) {
            environment(service).forEach((variable, value) -> {
                if (variable.endsWith("_SERVICE_URL")) {
                    CaseflowService target = CaseflowService.valueOf(variable.substring(0, variable.indexOf('_')));
                    // the gateway lists every workflow node: workflow-service, workflow-service-2, ...
                    for (String address : String.valueOf(value).split(",")) {
                        URI url = URI.create(address.trim());
                        assertThat(url.getHost()).as(variable).matches(Pattern.quote(target.module()) + "(-[2-9])?");
                        assertThat(url.getPort()).as(variable).isEqualTo(target.defaultPort());
                    }
                }
            });
        }
    }

    /**
     * Two workflow nodes on one database behind the gateway (Camunda's homogeneous cluster): the
     * second is the first's image and settings, started once the first is healthy, and the gateway
     * spreads the workflow routes over every node it is given.
     */
    @Test
    void twoWorkflowNodesRunOnOneDatabaseBehindTheGateway() {
        Map<String, Object> first = service("workflow-service");
        Map<String, Object> second = service("workflow-service-2");
        assertThat(second.get("build")).isEqualTo(first.get("build"));
        assertThat(second.get("environment")).isEqualTo(first.get("environment"));
        assertThat(second.get("healthcheck")).isEqualTo(first.get("healthcheck"));
        assertThat(second).doesNotContainKey("ports");
        assertThat(map(second.get("depends_on"))).containsOnlyKeys("postgres", "workflow-service");

        assertThat(String.valueOf(environment(CaseflowService.GATEWAY).get("WORKFLOW_SERVICE_URL")).split(","))
                .containsExactly("http://workflow-service:8081", "http://workflow-service-2:8081");
        Map<String, Object> cloud = map(map(yaml(ROOT.resolve("gateway/src/main/resources/application.yml")).get("spring")).get("cloud"));
        assertThat(map(map(map(map(cloud.get("discovery")).get("client")).get("simple")).get("instances")))
                .containsEntry("workflow-service", "${WORKFLOW_SERVICE_URL:http://localhost:8081}");
        List<Object> routes = list(map(map(map(cloud.get("gateway")).get("server")).get("webflux")).get("routes"));
        assertThat(routes).filteredOn(route -> String.valueOf(map(route).get("id")).startsWith("workflow-service"))
                .hasSize(2).allSatisfy(route -> assertThat(map(route)).containsEntry("uri", "lb://workflow-service"));
    }

    @Test
    void servicesStartInOrderOnceWhatTheyNeedIsHealthyAndWithinMemoryLimits() {
        services().forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            assertThat(service).as(name).containsKey("healthcheck");
            Object memory = map(map(map(service.get("deploy")).get("resources")).get("limits")).get("memory");
            assertThat(memory).as(name + " memory limit").isNotNull();
            if (service.containsKey("depends_on")) {
                map(service.get("depends_on")).forEach((dependency, condition) ->
                        assertThat(map(condition)).as(name + " waits for " + dependency)
                                .containsEntry("condition", "service_healthy"));
            }
        });
        assertThat(map(service("gateway").get("depends_on")).keySet())
                .containsExactlyInAnyOrder("workflow-service", "casework-service", "kpi-service");
    }

    @Test
    void onlyTheGatewayAndTheDashboardsArePublishedBeyondThisHost() {
        services().forEach((name, definition) -> {
            if (map(definition).containsKey("ports")) {
                for (Object port : list(map(definition).get("ports"))) {
                    if (publishedOnEveryInterface(port)) {
                        assertThat(name).as("published beyond this host: " + port).isIn("gateway", "prometheus", "grafana");
                    }
                }
            }
        });
        assertThat(service("postgres")).doesNotContainKey("ports");
        assertThat(list(service("gateway").get("ports"))).containsExactly("8080:8080");
    }

    @Test
    void aPortWithoutAHostAddressCountsAsPublishedEverywhere() {
        assertThat(publishedOnEveryInterface("8080:8080")).isTrue();
        assertThat(publishedOnEveryInterface("8080")).isTrue();
        assertThat(publishedOnEveryInterface("0.0.0.0:8080:8080")).isTrue();
        assertThat(publishedOnEveryInterface(Map.of("target", 8080, "published", 8080))).isTrue();
        assertThat(publishedOnEveryInterface("127.0.0.1:9000:9000")).isFalse();
        assertThat(publishedOnEveryInterface(Map.of("target", 9000, "host_ip", "127.0.0.1"))).isFalse();
    }

    @Test
    void noSecretIsWrittenIntoTheComposeFile() throws IOException {
        Pattern secretSetting = Pattern.compile("(?m)^\\s+[A-Z_]*(PASSWORD|SECRET):\\s*(.*)$");
        Matcher settings = secretSetting.matcher(Files.readString(ROOT.resolve("docker-compose.yml")));
        while (settings.find()) {
            assertThat(settings.group(2)).as(settings.group()).matches("\\$\\{[A-Z_]+:\\?.*}");
        }
    }

    @Test
    void prometheusScrapesEveryServiceAsTheMetricsAccount() {
        Map<String, Object> job = map(list(yaml(ROOT.resolve("deploy/prometheus/prometheus.yml")).get("scrape_configs")).get(0));
        List<Object> targets = list(map(list(job.get("static_configs")).get(0)).get("targets"));

        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        for (CaseflowService service : CaseflowService.values()) {
            if (service != CaseflowService.IDENTITY_PROVIDER) {
                assertThat(targets).contains(service.module() + ":" + service.defaultPort());
            }
        }
        // every workflow node the gateway is given, each counting its own requests and failures
        for (String node : String.valueOf(environment(CaseflowService.GATEWAY).get("WORKFLOW_SERVICE_URL")).split(",")) {
            assertThat(targets).contains(URI.create(node).getAuthority());
        }
        assertThat(map(job.get("oauth2"))).containsEntry("client_id", "metrics")
                .containsEntry("client_secret_file", "/run/secrets/metrics_client_secret")
                .containsEntry("token_url", "http://identity-provider:9000/oauth2/token");
        assertThat(list(service("prometheus").get("secrets"))).contains("metrics_client_secret");
        assertThat(placeholdersReadBy(CaseflowService.IDENTITY_PROVIDER)).containsKey("METRICS_CLIENT_SECRET");
    }

    /** Every service sends its spans to the trace store, which Grafana reads; its UI is not published beyond this host. */
    @Test
    void everyServiceSendsItsSpansToTheTraceStoreThatGrafanaReads() {
        assertThat(image("jaeger")).startsWith("jaegertracing/");
        for (CaseflowService service : CaseflowService.values()) {
            if (service != CaseflowService.IDENTITY_PROVIDER) {
                assertThat(environment(service)).as(service.module())
                        .containsEntry("MANAGEMENT_OTLP_TRACING_ENDPOINT", "http://jaeger:4318/v1/traces");
            }
        }
        Map<String, Object> datasource = map(list(yaml(ROOT.resolve("deploy/grafana/provisioning/datasources/jaeger.yml"))
                .get("datasources")).get(0));
        assertThat(datasource).containsEntry("type", "jaeger").containsEntry("url", "http://jaeger:16686");
    }

    @Test
    void prometheusAlertsOnMetricsTheServicesPublish() throws IOException {
        Map<String, Object> prometheus = yaml(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        assertThat(list(prometheus.get("rule_files"))).containsExactly("/etc/prometheus/alerts.yml");
        assertThat(list(service("prometheus").get("volumes"))).contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");

        List<Object> rules = list(map(list(yaml(ROOT.resolve("deploy/prometheus/alerts.yml")).get("groups")).get(0)).get("rules"));
        assertThat(rules).extracting(rule -> map(rule).get("alert"))
                .contains("CaseflowServiceDown", "CaseflowDatabaseUnreachable", "JourneyFeedNotFlowing", "CaseflowFeedEventQuarantined",
                        "EngineJobsFailed", "StatutoryWorkOverdue", "ReturnValidationFailuresRising");
        String sources = caseflowMeterNames();
        for (Object rule : rules) {
            Matcher metric = Pattern.compile("caseflow_[a-z_]+").matcher((String) map(rule).get("expr"));
            while (metric.find()) {
                String meter = meterName(metric.group());
                assertThat(sources).as(map(rule).get("alert") + " reads " + metric.group()).contains("\"" + meter + "\"");
            }
        }
    }

    /** An operator paged by an alert finds what it means and what to do under its own name. */
    @Test
    void everyAlertIsExplainedInTheOperationsGuide() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        assertThat(guide).contains("## Alerts: what they mean and what to do");
        String alerts = guide.substring(guide.indexOf("## Alerts: what they mean and what to do"));
        List<Object> rules = list(map(list(yaml(ROOT.resolve("deploy/prometheus/alerts.yml")).get("groups")).get(0)).get("rules"));
        for (Object rule : rules) {
            assertThat(alerts).as("an entry for " + map(rule).get("alert")).contains("**`" + map(rule).get("alert") + "`**");
        }
    }

    @Test
    void prometheusNamesAreReadAsTheMetersTheyComeFrom() {
        assertThat(meterName("caseflow_tasks_overdue")).isEqualTo("caseflow.tasks.overdue");
        assertThat(meterName("caseflow_feed_caught_up_seconds")).isEqualTo("caseflow.feed.caught.up");
        assertThat(meterName("caseflow_feed_events_quarantined_total")).isEqualTo("caseflow.feed.events.quarantined");
    }

    /**
     * Prometheus names a meter by its dotted name with a base unit ({@code _seconds}) and, for a
     * counter, {@code _total} added.
     */
    private static String meterName(String prometheusName) {
        return prometheusName.replaceAll("_total$", "").replaceAll("_seconds$", "").replace('_', '.');
    }

    /** The main sources of every service, where meters are named. */
    private static String caseflowMeterNames() throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String module : List.of("service-support", "workflow-service", "casework-service", "kpi-service", "gateway")) {
            try (var files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    sources.append(Files.readString(file).replace('-', '.'));
                }
            }
        }
        return sources.toString();
    }

    @Test
    void grafanaReadsThePrometheusOfThisFile() {
        Map<String, Object> datasource = map(list(yaml(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources")).get(0));

        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(ROOT.resolve("deploy/grafana/dashboards/caseflow-services.json")).exists();
    }

    /** Every {@code ${VARIABLE:fallback}} in the service's application.yml, with its fallback (null when none). */
    private static Map<String, String> placeholdersReadBy(CaseflowService service) {
        try {
            String configuration = Files.readString(ROOT.resolve(service.module()).resolve("src/main/resources/application.yml"));
            Map<String, String> placeholders = new LinkedHashMap<>();
            Matcher matcher = PLACEHOLDER.matcher(configuration);
            while (matcher.find()) {
                placeholders.put(matcher.group(1), matcher.group(2));
            }
            return placeholders;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port with no host address, or the any-address, is reachable from every network the host is on. */
    private static boolean publishedOnEveryInterface(Object port) {
        if (port instanceof Map<?, ?> longSyntax) {
            Object hostAddress = longSyntax.get("host_ip");
            return hostAddress == null || Set.of("0.0.0.0", "::").contains(String.valueOf(hostAddress));
        }
        String shortSyntax = String.valueOf(port);
        // HOST_IP:HOST_PORT:CONTAINER_PORT names its address; HOST_PORT:CONTAINER_PORT and CONTAINER_PORT do not
        if (shortSyntax.chars().filter(c -> c == ':').count() < 2) {
            return true;
        }
        String hostAddress = shortSyntax.substring(0, shortSyntax.lastIndexOf(':', shortSyntax.lastIndexOf(':') - 1));
        return hostAddress.equals("0.0.0.0") || hostAddress.equals("[::]");
    }

    /** A compose value as it is with nothing set in the environment: each {@code ${VARIABLE:-fallback}} becomes its fallback. */
    private static String withDefaults(String value) {
        return PLACEHOLDER_WITH_FALLBACK.matcher(value).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) == null ? "" : match.group(1)));
    }

    private Map<String, Object> environment(CaseflowService service) {
        return map(service(service.module()).get("environment"));
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    private String image(String name) {
        return String.valueOf(service(name).get("image"));
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
