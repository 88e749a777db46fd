package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Takes children through the journey as the demo users would, through the gateway. */
final class Journeys {

    private final Gateway gateway;

    Journeys(Gateway gateway) {
        this.gateway = gateway;
    }

    /** A new child's contact, referred to {@code team} and allocated to its worker; returns the LA child id. */
    String referredAndAllocated(String givenName, String team) {
        String area = team.substring("team-".length());
        String laChildId = referred(givenName, team);
        complete(area + ".manager", task(area + ".manager", "AllocateSocialWorker", laChildId), """
                {"allocatedWorker": {"value": "%s.worker"}, "allocationDate": {"value": "2025-11-05"}}""".formatted(area));
        eventually(() -> gateway.get("/api/casework/children/" + laChildId, area + ".worker"),
                child -> child.status() == 200 && !child.json().get("allocatedWorker").isNull(), Duration.ofSeconds(60));
        return laChildId;
    }

    /** A new child's contact, referred to {@code team}, waiting for its manager to allocate; returns the LA child id. */
    String referred(String givenName, String team) {
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "%s", "familyName": "Tester", "dateOfBirth": "2017-06-01"},
                 "source": "HEALTH", "receivedAt": "2025-11-03T09:00", "reason": "Health visitor concern."}""".formatted(givenName));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String laChildId = contact.json().get("laChildId").asText();
        complete("frontdoor.manager", task("frontdoor.manager", "DecideOnContact", laChildId), """
                {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2025-11-04"},
                 "decisionRationale": {"value": "Assessment needed."}, "assessmentTeam": {"value": "%s"}}""".formatted(team));
        return laChildId;
    }

    JsonNode task(String user, String taskKey, String laChildId) {
        Gateway.Response tasks = eventually(() -> gateway.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                        + "&processVariables=laChildId_eq_" + laChildId, user),
                response -> response.status() == 200 && response.json().size() == 1, Duration.ofSeconds(10));
        assertThat(tasks.json().size()).as(user + " sees " + taskKey + ": " + tasks.body()).isEqualTo(1);
        return tasks.json().get(0);
    }

    /**
     * Completes the task as the person would, trying again, as the answer asks, when a timer of the
     * same journey fired at the same moment (409 concurrent-change: nothing was saved). Journeys
     * dated in the past have their timers falling due as they go.
     */
    void complete(String user, JsonNode task, String variables) {
        Gateway.Response completed = eventually(() -> gateway.post("/engine-rest/task/" + task.get("id").asText() + "/complete", user,
                "{\"variables\": " + variables + "}"), response -> !response.body().contains("concurrent-change"), Duration.ofSeconds(10));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }
}
