package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.junit.jupiter.api.Test;

/**
 * One request followed across Caseflow by its W3C trace: a contact recorded through the gateway
 * returns its trace id as {@code X-Correlation-Id}, and the same id is in the gateway's and
 * workflow-service's log lines for it, in the journey event it caused, and in casework-service's
 * audit row for that step.
 */
class TracingIT {

    private static final String TRACE_ID = "[0-9a-f]{32}";

    private final CaseflowStack stack = RunningCaseflow.stack();
    private final Gateway gateway = RunningCaseflow.gateway();

    @Test
    void aContactsTraceIdIsInTheLogsTheJourneyEventAndTheCaseRecordsAudit() {
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "Tracy", "familyName": "Tracer", "dateOfBirth": "2016-05-04"},
                 "source": "SCHOOL", "receivedAt": "2025-12-15T09:15", "reason": "School reports a worrying disclosure."}""");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String traceId = contact.header("X-Correlation-Id");
        assertThat(traceId).matches(TRACE_ID);
        String laChildId = contact.json().get("laChildId").asText();

        // the gateway logs a request once its response has gone, so its line may land just after the reply
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(log(CaseflowService.GATEWAY)).contains("[gateway," + traceId + "]");
            assertThat(log(CaseflowService.WORKFLOW)).contains("[workflow-service," + traceId + "]");
        });

        JsonNode received = contactReceived(laChildId);
        assertThat(received.get("correlationId").asText()).as("the journey event").isEqualTo(traceId);

        JsonNode audited = await().atMost(Duration.ofSeconds(60)).until(() -> auditOf(laChildId, "ContactReceived"), Optional::isPresent)
                .orElseThrow();
        assertThat(audited.get("correlationId").asText()).as("casework-service's audit row").isEqualTo(traceId);
    }

    /** The child's ContactReceived event, read from the feed as an administrator may. */
    private JsonNode contactReceived(String laChildId) {
        long after = 0;
        while (true) {
            JsonNode page = gateway.get("/api/workflow/events?limit=500&after=" + after, "admin").json();
            for (JsonNode event : page.get("events")) {
                if (event.get("type").asText().equals("ContactReceived") && event.get("laChildId").asText().equals(laChildId)) {
                    return event;
                }
            }
            assertThat(page.get("hasMore").asBoolean()).as("no ContactReceived event for " + laChildId).isTrue();
            after = page.get("lastPosition").asLong();
        }
    }

    private Optional<JsonNode> auditOf(String laChildId, String action) {
        Gateway.Response audit = gateway.get("/api/casework/children/" + laChildId + "/audit", "admin");
        if (audit.status() != 200) {
            return Optional.empty();
        }
        return StreamSupport.stream(audit.json().spliterator(), false)
                .filter(entry -> entry.get("action").asText().equals(action))
                .findFirst();
    }

    private String log(CaseflowService service) {
        try {
            return Files.readString(stack.logFile(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
