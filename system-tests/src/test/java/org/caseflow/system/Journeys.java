package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.system.Gateway.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;

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
                 "decisionRationale": {"value": "Assessment needed."}, "assessmentTeam": {"value": "%s"},
                 "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone"},
                 "referrerToldOn": {"value": "2025-11-04"}}""".formatted(team));
        return laChildId;
    }

    /**
     * A new child's contact from the police on {@code contactDay}, taken by team North through an
     * immediate strategy discussion the next working day and a section 47 enquiry to an initial
     * conference on {@code conferenceDay} that puts the child on a plan led by north.worker; returns
     * the LA child id. The conference must fall within 15 working days of the discussion.
     */
    String onChildProtectionPlan(String givenName, String contactDay, String conferenceDay) {
        String laChildId = section47ToEndorse(givenName, contactDay, conferenceDay);
        complete("north.manager", task("north.manager", "EndorseSection47Outcome", laChildId), """
                {"s47EndorsementDecision": {"value": "ENDORSE"}, "oversightDate": {"value": "%s"},
                 "managerDirection": {"value": "Threshold met; conference agreed."}}""".formatted(conferenceDay));
        complete("north.manager", task("north.manager", "HoldInitialConference", laChildId), """
                {"icpcDate": {"value": "%s"}, "icpcChair": {"value": "Independent chair"},
                 "icpcDecision": {"value": "CHILD_PROTECTION_PLAN"}, "planCategory": {"value": "NEGLECT"},
                 "leadSocialWorker": {"value": "north.worker"}}""".formatted(conferenceDay));
        return laChildId;
    }

    /**
     * The same as far as the section 47 enquiry, completed by north.worker on {@code completedDay} and
     * waiting for team North's managers to endorse its outcome (an initial conference); returns the LA
     * child id.
     */
    String section47ToEndorse(String givenName, String contactDay, String completedDay) {
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "%s", "familyName": "Tester", "dateOfBirth": "2015-04-01"},
                 "source": "POLICE", "receivedAt": "%sT08:30", "reason": "Police found the child alone at home, injured."}"""
                .formatted(givenName, contactDay));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String laChildId = contact.json().get("laChildId").asText();
        complete("frontdoor.manager", task("frontdoor.manager", "DecideOnContact", laChildId), """
                {"contactOutcome": {"value": "STRATEGY_DISCUSSION"}, "decisionDate": {"value": "%s"},
                 "decisionRationale": {"value": "Reasonable cause to suspect significant harm."},
                 "assessmentTeam": {"value": "team-north"}, "referrerFollowUp": {"value": "TOLD"},
                 "referrerToldHow": {"value": "By phone"}, "referrerToldOn": {"value": "%s"}}""".formatted(contactDay, contactDay));
        String discussionDay = LocalDate.parse(contactDay).plusDays(1).toString();
        complete("north.manager", task("north.manager", "HoldStrategyDiscussion", laChildId), """
                {"strategyDate": {"value": "%s"}, "strategyPolice": {"value": true}, "strategyHealth": {"value": true},
                 "strategyEducation": {"value": true}, "concernCategory": {"value": "NEGLECT"},
                 "strategyDecision": {"value": "SECTION_47"}, "strategyRationale": {"value": "All agencies agree."}}""".formatted(discussionDay));
        complete("north.worker", task("north.worker", "CompleteSection47Enquiry", laChildId), """
                {"childSeenDate": {"value": "%s"}, "s47Outcome": {"value": "CONCERNS_SUBSTANTIATED"},
                 "s47Category": {"value": "NEGLECT"}, "s47Decision": {"value": "INITIAL_CONFERENCE"},
                 "s47CompletedDate": {"value": "%s"}}""".formatted(discussionDay, completedDay));
        return laChildId;
    }

    /**
     * A child new to the council comes into care directly (police protection) on {@code day}, started
     * and entered by the children in care team's manager, placed in foster care; returns the LA child id.
     */
    String cameIntoCareDirectly(String givenName, String day) {
        Gateway.Response started = gateway.post("/engine-rest/process-definition/key/looked-after/submit-form", "cic.manager", """
                {"variables": {"childGivenName": {"value": "%s"}, "childFamilyName": {"value": "Tester"},
                 "childDateOfBirth": {"value": "2012-02-29"}, "careEntryRoute": {"value": "POLICE_PROTECTION"},
                 "careRequestedOn": {"value": "%s"}}}""".formatted(givenName, day));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode entry = gateway.get("/engine-rest/task?processInstanceId=" + started.json().get("id").asText(), "cic.manager").json().get(0);
        String laChildId = gateway.get("/engine-rest/task/" + entry.get("id").asText() + "/variables/laChildId", "cic.manager")
                .json().get("value").asText();
        complete("cic.manager", entry, """
                {"careStartDate": {"value": "%s"}, "legalStatus": {"value": "L1"}, "categoryOfNeed": {"value": "N1"},
                 "careTeam": {"value": "team-cic"}, "placementType": {"value": "U6"}, "placementProvider": {"value": "PR1"},
                 "placementPostcodeDistrict": {"value": "SE9"}, "placementUntilEighteen": {"value": false},
                 "placementEmergency": {"value": true}}""".formatted(day));
        return laChildId;
    }

    /**
     * The allocated social worker puts the assessment to the team's manager on {@code day}, who
     * authorises it the same day with their direction (management oversight).
     */
    void assessmentAuthorised(String laChildId, String team, String startDay, String day, String outcome, String summary) {
        String area = team.substring("team-".length());
        complete(area + ".worker", task(area + ".worker", "CompleteAssessment", laChildId), """
                {"assessmentStartDate": {"value": "%s"}, "assessmentSubmittedDate": {"value": "%s"},
                 "assessmentOutcome": {"value": "%s"}, "assessmentSummary": {"value": "%s"}}""".formatted(startDay, day, outcome, summary));
        complete(area + ".manager", task(area + ".manager", "AuthoriseAssessment", laChildId), """
                {"authorisationDecision": {"value": "AUTHORISE"}, "oversightDate": {"value": "%s"},
                 "managerDirection": {"value": "Analysis sound; outcome agreed."}}""".formatted(day));
    }

    JsonNode task(String user, String taskKey, String laChildId) {
        Gateway.Response tasks = eventually(() -> gateway.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                        + "&processVariables=laChildId_eq_" + laChildId, user),
                response -> response.status() == 200 && response.json().size() == 1, Duration.ofSeconds(10));
        assertThat(tasks.json().size()).as(user + " sees " + taskKey + ": " + tasks.body()).isEqualTo(1);
        return tasks.json().get(0);
    }

    /** The one {@code taskKey} task of the journey with business key {@code businessKey}, as {@code user} sees it. */
    JsonNode taskOf(String user, String taskKey, String businessKey) {
        Gateway.Response tasks = eventually(() -> gateway.get("/engine-rest/task?taskDefinitionKey=" + taskKey
                        + "&processInstanceBusinessKey=" + businessKey, user),
                response -> response.status() == 200 && response.json().size() == 1, Duration.ofSeconds(10));
        assertThat(tasks.json().size()).as(user + " sees " + taskKey + " of " + businessKey + ": " + tasks.body()).isEqualTo(1);
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
