package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform as a new user meets it: every route through the gateway, refusals, ids, outages. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private final CaseflowStack stack = RunningCaseflow.stack();
    private final Gateway gateway = RunningCaseflow.gateway();

    @Test
    void everyApiRouteAnswersADemoUserThroughTheGateway() {
        Gateway.Response me = gateway.get("/api/workflow/identity/me", "north.worker");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("userId").asText()).isEqualTo("north.worker");

        Gateway.Response child = gateway.get("/api/casework/children/NOBODY1", "north.worker");
        assertThat(child.status()).as("answered by casework-service").isEqualTo(404);
        assertThat(child.json().get("type").asText()).endsWith("/child-not-found");

        Gateway.Response catalogue = gateway.get("/api/kpi/catalogue", "performance");
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().size()).isGreaterThan(20);

        Gateway.Response tasks = gateway.get("/engine-rest/task", "north.worker");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().isArray()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/workflow/identity/me", "/api/casework/children/CF1", "/api/kpi/catalogue",
            "/engine-rest/task", "/engine-rest/user", "/actuator/prometheus"})
    void nothingAnswersWithoutCredentials(String path) {
        Gateway.Response response = gateway.get(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void healthAnswersWithoutCredentials() {
        assertThat(gateway.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void aTraceTheCallerStartedReachesTheServiceAndItsIdComesBack() {
        Gateway.Response response = gateway.get("/api/casework/children/NOBODY2", "north.worker",
                Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));

        assertThat(response.header("X-Correlation-Id")).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(response.json().get("correlationId").asText()).as("as casework-service saw it")
                .isEqualTo("0af7651916cd43dd8448eb211c80319c");

        Gateway.Response generated = gateway.get("/api/casework/children/NOBODY3", "north.worker");
        assertThat(generated.header("X-Correlation-Id")).matches("[0-9a-f]{32}");
        assertThat(generated.json().get("correlationId").asText()).isEqualTo(generated.header("X-Correlation-Id"));
    }

    @Test
    void correlationIdsAppearInServiceLogs() {
        gateway.get("/api/casework/children/NOBODY4", "north.worker",
                Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        // the gateway logs a request once its response has gone, so the line may land just after the reply
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Files.readString(stack.logFile(CaseflowService.GATEWAY)))
                .contains("[gateway,4bf92f3577b34da6a3ce929d0e0e4736]"));
    }

    @Test
    void aDemoSocialWorkerSignsInOnceAndTasklistOpens() {
        Gateway.Response signInFirst = gateway.get("/camunda/app/tasklist/", null);
        assertThat(signInFirst.status()).isEqualTo(302);
        assertThat(signInFirst.header("Location")).isEqualTo("/oauth2/authorization/caseflow");

        Gateway.Response page = gateway.get("/camunda/app/tasklist/default/", "north.worker");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Camunda Tasklist");
        Gateway.Response signedIn = gateway.get("/camunda/api/admin/auth/user/default", "north.worker");
        assertThat(signedIn.json().get("userId").asText()).isEqualTo("north.worker");
        assertThat(signedIn.json().get("authorizedApps").toString()).contains("tasklist");
    }

    @Test
    void signingOutEndsTheSessionAtTheIdentityProviderToo() {
        assertThat(gateway.get("/api/workflow/identity/me", "south.manager").status()).isEqualTo(200);

        Gateway.SignedOut signedOut = gateway.signOut("south.manager");

        // back at the start page, which sends them to sign in: the provider asks for a password again
        assertThat(signedOut.landed().raw().uri().toString()).startsWith(stack.url(CaseflowService.IDENTITY_PROVIDER) + "/login");
        assertThat(signedOut.landed().body()).contains("name=\"password\"");
        assertThat(signedOut.withOldSession().status()).isEqualTo(401);
    }

    @Test
    void camundasLogOutSignsThePersonOutOfCaseflow() {
        Gateway.Response config = gateway.get("/camunda/app/tasklist/scripts/config.js", "north.worker");
        assertThat(config.body()).contains("customScripts: ['../caseflow/sign-out'", "claimTask");
        for (String app : new String[] {"cockpit", "admin"}) {
            assertThat(gateway.get("/camunda/app/" + app + "/scripts/config.js", "admin").body()).contains("../caseflow/sign-out");
        }
        Gateway.Response script = gateway.get("/camunda/app/caseflow/sign-out.js", "north.worker");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("window.location.assign(SIGN_OUT)", "const SIGN_OUT = '/logout'");
    }

    @Test
    void eachPersonLandsOnWorkTheyMayOpen() {
        Gateway.Response worker = gateway.get("/", "north.worker");
        assertThat(worker.header("Location")).isEqualTo("/camunda/app/tasklist/");

        // a performance officer may not open Tasklist: they land on last month's measures
        Gateway.Response performance = gateway.get("/", "performance");
        String measures = "/api/kpi/measures?month=" + YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
        assertThat(performance.header("Location")).isEqualTo(measures);
        assertThat(gateway.get(measures, "performance").status()).isEqualTo(200);
    }

    @Test
    void everyServiceServesPrometheusMetricsToMonitoring() throws Exception {
        String token = gateway.serviceToken("metrics", "metrics-local");
        HttpClient http = HttpClient.newHttpClient();
        for (CaseflowService service : CaseflowService.values()) {
            if (service == CaseflowService.IDENTITY_PROVIDER) {
                continue; // the local stand-in for the council's provider is not one of ours to watch
            }
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(scrape.statusCode()).as(service.module()).isEqualTo(200);
            assertThat(scrape.body()).as(service.module()).contains("application=\"" + service.module() + "\"");
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops and restarts a service
    void aStoppedServiceIsAPromptProblemNotAHang() {
        stack.stop(CaseflowService.KPI);
        try {
            long started = System.nanoTime();
            Gateway.Response response = gateway.get("/api/kpi/catalogue", "performance");

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asText()).contains("kpi-service");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            stack.start(CaseflowService.KPI, RunningCaseflow.START_TIMEOUT);
        }
        assertThat(gateway.get("/api/kpi/catalogue", "performance").status()).isEqualTo(200);
    }
}
