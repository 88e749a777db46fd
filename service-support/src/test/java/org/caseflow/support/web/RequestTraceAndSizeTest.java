package org.caseflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A servlet service as every Caseflow service is built, over real HTTP: the caller's W3C trace is
 * continued and its trace id is the correlation id (response header, problem details, log lines);
 * and a body over the limit is refused with a 413 problem whether its length is declared or it
 * comes in chunks with none.
 */
@SpringBootTest(classes = RequestTraceAndSizeTest.TracedService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "caseflow.web.max-request-bytes=2048",
                "logging.pattern.correlation=[%X{correlationId:-}] ",
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "management.endpoint.health.group.readiness.include=readinessState"})
// tracing as it runs in production: Spring Boot's tests leave propagation out unless asked
@AutoConfigureObservability(metrics = false)
@ExtendWith(OutputCaptureExtension.class)
class RequestTraceAndSizeTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Test
    void theCallersTraceIsContinuedAndItsIdIsTheCorrelationId(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(request("/missing").header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains(TRACE_ID);
        assertThat(response.body()).contains("\"correlationId\":\"" + TRACE_ID + "\"");
        assertThat(output.getOut()).contains("[" + TRACE_ID + "] ").contains("Looked for something missing");
    }

    @Test
    void aChangeIsLoggedInOneLineInItsTrace(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(request("/echo").header("Content-Type", "application/json")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"hi\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(output.getOut()).containsPattern("\\[" + TRACE_ID + "\\] .*CorrelationHeaderFilter +: POST /echo -> 200 in \\d+ ms");
    }

    @Test
    void aRequestWithoutATraceStartsOne() throws Exception {
        HttpResponse<String> response = send(request("/missing").GET());

        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID);
        assertThat(response.body()).contains("\"correlationId\":\"" + correlationId + "\"");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsSent() throws Exception {
        String json = "{\"note\":\"" + "a".repeat(1500) + "\"}";

        HttpResponse<String> response = send(request("/echo").header("Content-Type", "application/json").POST(chunked(json)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1500");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblem() throws Exception {
        String json = "{\"note\":\"" + "a".repeat(5000) + "\"}";

        HttpResponse<String> response = send(request("/echo").header("Content-Type", "application/json").POST(chunked(json)));

        assertThat(response.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://caseflow.example/problems/too-large\"")
                .contains("\"correlationId\":\"" + response.headers().firstValue("X-Correlation-Id").orElseThrow() + "\"");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String json = "{\"note\":\"" + "a".repeat(5000) + "\"}";

        HttpResponse<String> response = send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));

        assertThat(response.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
    }

    @Test
    void aParameterThatBreaksItsConstraintIsNamedInTheProblemWithWhy() throws Exception {
        HttpResponse<String> response = send(request("/things/not%20an%20id").GET());

        assertThat(response.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"detail\":\"" + ProblemDetailsAdvice.PARAMETERS_NOT_VALID + "\"")
                .contains("\"field\":\"id\"").contains("\"message\":\"must match \\\"[A-Z0-9]{1,8}\\\"\"");
    }

    /** No length known in advance: the client sends the body with chunked transfer encoding. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TracedService {

        @Bean
        SecurityFilterChain everyoneMayAsk(HttpSecurity http) throws Exception {
            return http.csrf(csrf -> csrf.disable()).authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }

        @Bean
        ThingsController things() {
            return new ThingsController();
        }
    }

    @RestController
    static class ThingsController {

        private static final Logger log = LoggerFactory.getLogger(ThingsController.class);

        @PostMapping("/echo")
        int echo(@RequestBody Map<String, String> body) {
            return body.get("note").length();
        }

        @GetMapping("/things/{id}")
        String thing(@PathVariable @Pattern(regexp = "[A-Z0-9]{1,8}") String id) {
            return id;
        }

        @GetMapping("/missing")
        void missing() {
            log.info("Looked for something missing");
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nothing here");
        }
    }
}
