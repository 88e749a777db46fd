package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.caseflow.localstack.CaseflowService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A red team's findings, each tried again through the gateway as the person who found it. Every
 * test asserts the effect is refused, not just the status: the record stays closed, the team stays
 * as it was, nothing is deployed. docs/security.md, "What a signed-in person can and cannot do
 * through the engine", describes what this checks.
 */
class RedTeamIT {

    /** The demo record restricted to Team South (loaded by the local profile's demo data). */
    private static final String RESTRICTED = "C0999001";
    private static final String NOBODY = "C0999999";

    private static Gateway gateway;
    private static Journeys journeys;

    @BeforeAll
    static void theDemoRecordIsRestricted() {
        gateway = RunningCaseflow.gateway();
        journeys = new Journeys(gateway);
        Gateway.Response restricted = Gateway.eventually(() -> gateway.get("/api/casework/children/" + RESTRICTED, "north.worker"),
                response -> response.status() == 404, java.time.Duration.ofSeconds(60));
        assertThat(restricted.status()).as("the demo's restricted record is closed to Team North").isEqualTo(404);
    }

    @Test
    void finding1_aWorkerCannotSkipTheFrontDoorIntoARestrictedChildsAllocation() {
        String skip = """
                {"variables": {"childGivenName": {"value": "Riley"}, "childFamilyName": {"value": "Restricted"},
                  "contactSource": {"value": "POLICE"}, "contactReceivedAt": {"value": "2025-11-03T09:00"},
                  "contactReason": {"value": "x"}, "laChildId": {"value": "%s"}, "assessmentTeam": {"value": "team-north"}},
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "Assessment"}]}""".formatted(RESTRICTED);

        Gateway.Response throughEngineRest = gateway.post("/engine-rest/process-definition/key/front-door/start", "north.worker", skip);
        Gateway.Response throughTheWebapps = gateway.postToWebapps(
                "/camunda/api/engine/engine/default/process-definition/key/front-door/start", "north.worker", skip);

        assertThat(throughEngineRest.status()).as(throughEngineRest.body()).isEqualTo(403);
        assertThat(throughTheWebapps.status()).as(throughTheWebapps.body()).isEqualTo(403);
        assertThat(gateway.get("/engine-rest/task?taskDefinitionKey=AllocateSocialWorker&processVariables=laChildId_eq_" + RESTRICTED,
                "north.manager").json().size()).as("no allocation for Team North").isZero();
        assertThat(gateway.get("/api/casework/children/" + RESTRICTED, "north.worker").status()).isEqualTo(404);
        assertThat(gateway.get("/api/casework/children/" + RESTRICTED + "/chronology", "north.worker").status()).isEqualTo(404);
    }

    @Test
    void finding2_aCommaInTheTeamDoesNotAddACandidateGroup() {
        String child = newContact("Comma");
        JsonNode decision = journeys.task("frontdoor.manager", "DecideOnContact", child);

        Gateway.Response injected = gateway.post("/engine-rest/task/" + decision.get("id").asText() + "/complete", "frontdoor.manager", """
                {"variables": {"contactOutcome": {"value": "REFERRAL"}, "decisionDate": {"value": "2025-11-04"},
                 "decisionRationale": {"value": "x"}, "assessmentTeam": {"value": "team-north,x"}}}""");

        assertThat(injected.status()).as(injected.body()).isEqualTo(400);
        assertThat(gateway.get("/engine-rest/task?candidateGroup=x-managers", "admin").json().size()).isZero();
        assertThat(journeys.task("frontdoor.manager", "DecideOnContact", child)).as("the decision is still to be made").isNotNull();
    }

    @Test
    void finding3_aJourneysFactsAreNotRewrittenByTaskOrByHand() {
        String child = journeys.referredAndAllocated("Facts", "team-north");
        JsonNode assessment = journeys.task("north.worker", "CompleteAssessment", child);
        String task = assessment.get("id").asText();
        String journey = assessment.get("processInstanceId").asText();
        String execution = assessment.get("executionId").asText();
        String toSouth = "{\"value\": \"team-south\"}";

        Gateway.Response completedWithATeam = gateway.post("/engine-rest/task/" + task + "/complete", "north.worker", """
                {"variables": {"assessmentStartDate": {"value": "2025-11-06"}, "assessmentSubmittedDate": {"value": "2025-11-20"},
                 "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "x"},
                 "assessmentTeam": %s, "laChildId": {"value": "%s"}}}""".formatted(toSouth, RESTRICTED));
        assertThat(completedWithATeam.status()).as(completedWithATeam.body()).isEqualTo(400);
        assertThat(gateway.put("/engine-rest/task/" + task + "/variables/assessmentTeam", "north.worker", toSouth).status()).isEqualTo(403);
        assertThat(gateway.put("/engine-rest/task/" + task + "/localVariables/laChildId", "north.worker",
                "{\"value\": \"" + RESTRICTED + "\"}").status()).isEqualTo(403);
        assertThat(gateway.put("/engine-rest/execution/" + execution + "/localVariables/assessmentTeam", "north.worker", toSouth).status())
                .isEqualTo(403);
        assertThat(gateway.post("/engine-rest/process-instance/" + journey + "/variables", "admin",
                "{\"modifications\": {\"assessmentTeam\": " + toSouth + "}}").status()).isEqualTo(403);
        assertThat(gateway.post("/engine-rest/process-instance/" + journey + "/modification", "admin",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"AllocateSocialWorker\"}]}").status())
                .isEqualTo(403);

        assertThat(gateway.get("/engine-rest/task/" + task + "/variables/assessmentTeam", "north.worker").json().get("value").asText())
                .isEqualTo("team-north");
        assertThat(gateway.get("/engine-rest/task/" + task + "/variables/laChildId", "north.worker").json().get("value").asText())
                .isEqualTo(child);
        assertThat(gateway.get("/engine-rest/task?taskDefinitionKey=AllocateSocialWorker&processInstanceId=" + journey, "admin")
                .json().size()).as("no second allocation").isZero();
    }

    @Test
    void finding4_anObjectVariableOfAnyClassIsRefusedUnread() {
        String child = journeys.referredAndAllocated("Object", "team-north");
        String task = journeys.task("north.worker", "CompleteAssessment", child).get("id").asText();
        String atomic = """
                {"type": "Object", "value": "true", "valueInfo": {"objectTypeName": "java.util.concurrent.atomic.AtomicBoolean",
                 "serializationDataFormat": "application/json"}}""";

        assertThat(gateway.put("/engine-rest/task/" + task + "/variables/flag", "north.worker", atomic).status()).isEqualTo(403);
        Gateway.Response completed = gateway.post("/engine-rest/task/" + task + "/complete", "north.worker",
                "{\"variables\": {\"assessmentSummary\": " + atomic + "}}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(400);
        assertThat(gateway.get("/engine-rest/task/" + task + "/variables/flag", "north.worker").status()).isEqualTo(404);
    }

    @Test
    void finding5_aContactCannotRenameAChildOrProbeForARestrictedRecord() {
        String renaming = """
                {"child": {"laChildId": "%s", "givenName": "Someone", "familyName": "Else", "dateOfBirth": "2015-01-01"},
                 "source": "POLICE", "receivedAt": "2025-11-10T09:00", "reason": "Red team."}""";

        Gateway.Response restricted = gateway.post("/api/workflow/contacts", "north.worker", renaming.formatted(RESTRICTED));
        Gateway.Response unknown = gateway.post("/api/workflow/contacts", "north.worker", renaming.formatted(NOBODY));

        assertThat(restricted.status()).as(restricted.body()).isEqualTo(400);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(restricted.json().get("detail").asText()).isEqualTo(unknown.json().get("detail").asText().replace(NOBODY, RESTRICTED));

        Gateway.Response byItsTeam = gateway.post("/api/workflow/contacts", "south.worker", renaming.formatted(RESTRICTED));
        assertThat(byItsTeam.status()).as("its own team may record a contact for it").isEqualTo(201);
        Gateway.Response record = Gateway.eventually(() -> gateway.get("/api/casework/children/" + RESTRICTED, "south.worker"),
                response -> response.status() == 200, java.time.Duration.ofSeconds(30));
        assertThat(record.json().get("givenName").asText()).as("the record keeps the child's name").isEqualTo("Riley");
        assertThat(record.json().get("familyName").asText()).isEqualTo("Restricted");

        List<String> audit = new ArrayList<>();
        gateway.get("/api/casework/children/" + RESTRICTED + "/audit", "south.manager").json()
                .forEach(entry -> audit.add(entry.get("actor").asText() + " " + entry.get("action").asText()));
        assertThat(audit).as("the refused look-up is audited").contains("north.worker READ_DENIED");
    }

    @Test
    void finding6_anAdministratorCannotDeployCode() {
        long deployments = gateway.get("/engine-rest/deployment/count", "admin").json().get("count").asLong();

        Gateway.Response deployed = gateway.deploy("admin", "red-team.bpmn", """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    targetNamespace="https://red-team.example">
                  <process id="red-team" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start"><extensionElements>
                      <camunda:executionListener event="end" expression="${''.getClass().forName('java.lang.Runtime')}"/>
                    </extensionElements></startEvent>
                  </process>
                </definitions>""");

        assertThat(deployed.status()).as(deployed.body()).isEqualTo(403);
        assertThat(gateway.get("/engine-rest/deployment/count", "admin").json().get("count").asLong()).isEqualTo(deployments);
        assertThat(gateway.get("/engine-rest/process-definition?key=red-team", "admin").json().size()).isZero();
    }

    @Test
    void finding7_theLocalRunAnswersOnlyOnLoopback() throws IOException {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no address but loopback");

        for (CaseflowService service : CaseflowService.values()) {
            int port = URI.create(RunningCaseflow.stack().url(service)).getPort();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(lan.get(), port), 2000);
                throw new AssertionError(service + " answered on " + lan.get().getHostAddress() + ":" + port);
            } catch (IOException refused) {
                // nothing listens there: as it should be
            }
        }
    }

    @Test
    void finding8_anIdTokenIsNotAnAccessTokenAndAccessTokensAreShortLived() {
        JsonNode tokens = gateway.tokensAsTheGateway("north.worker");

        assertThat(gateway.getWithToken("/api/workflow/identity/me", tokens.get("id_token").asText()).status()).isEqualTo(401);
        assertThat(gateway.getWithToken("/api/casework/children/" + NOBODY, tokens.get("id_token").asText()).status()).isEqualTo(401);
        assertThat(gateway.getWithToken("/api/workflow/identity/me", tokens.get("access_token").asText()).status()).isEqualTo(200);
        assertThat(tokens.get("expires_in").asInt()).as("a revoked session's token dies within 5 minutes").isLessThanOrEqualTo(300);
    }

    @Test
    void finding9_badInputIsAProblemNotAServerError() {
        String child = newContact("Errors");
        String decision = journeys.task("frontdoor.manager", "DecideOnContact", child).get("id").asText();
        List<Gateway.Response> answers = List.of(
                gateway.delete("/engine-rest/task/" + decision, "frontdoor.manager"),
                gateway.post("/engine-rest/identity/verify", "north.worker", "{}"),
                gateway.put("/engine-rest/user/north.worker/credentials", "north.worker", "{}"),
                gateway.post("/engine-rest/task/" + decision + "/complete", "frontdoor.manager", """
                        {"variables": {"decisionRationale": {"value": "rO0ABXQAAXg=", "type": "Object",
                         "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}"""),
                gateway.get("/camunda/api/admin/auth/user/default/login/cockpit", "north.manager"));

        for (Gateway.Response answer : answers) {
            assertThat(answer.status()).as(answer.raw().uri() + " " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("Exception", "\tat ");
        }
        Gateway.Response unregistered = gateway.authorizeAsTheGateway("north.worker", "https://red-team.example/callback");
        assertThat(unregistered.status()).as(unregistered.body()).isBetween(400, 499);
        assertThat(unregistered.body()).doesNotContain("Exception", "\tat ");
        assertThat(journeys.task("frontdoor.manager", "DecideOnContact", child)).as("the task was not deleted").isNotNull();
    }

    @Test
    void finding10_smallerLeaksAreClosed() {
        assertThat(gateway.get("/engine-rest/process-definition/statistics", "north.worker").status()).isEqualTo(403);

        Gateway.Response restricted = gateway.get("/api/casework/children/" + RESTRICTED, "north.worker");
        Gateway.Response missing = gateway.get("/api/casework/children/" + NOBODY, "north.worker");
        assertThat(restricted.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(restricted.json().get("detail").asText()).isEqualTo(missing.json().get("detail").asText().replace(NOBODY, RESTRICTED));

        assertThat(gateway.put("/engine-rest/user/north.worker/profile", "north.worker",
                "{\"id\": \"north.worker\", \"firstName\": \"South\", \"lastName\": \"Manager\"}").status()).isEqualTo(403);
        assertThat(gateway.get("/engine-rest/user/north.worker/profile", "admin").json().get("firstName").asText()).isNotEqualTo("South");
    }

    @Test
    void finding10_signInIsThrottledAtTheProvider() {
        // a name nobody has, so that no other test's sign-in is held up; the fifth failure locks it
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(gateway.tryToSignIn("mallory", "guess-" + attempt).body()).doesNotContainIgnoringCase("too many");
        }
        gateway.tryToSignIn("mallory", "guess-5");
        assertThat(gateway.tryToSignIn("mallory", "guess-6").body()).containsIgnoringCase("too many sign-in attempts");
    }

    /**
     * A manager's decision with oversight (an assessment's authorisation, a section 47 outcome's
     * endorsement) is made only by a manager of the team whose work it is: not by another team's
     * manager, nor by the team's own social worker, whichever way they try through the engine. Each
     * attempt is refused and leaves the task open, unassigned, and the record without a decision.
     */
    @Test
    void finding11_onlyTheTeamsManagersMakeTheDecisionsThatCarryOversight() {
        String assessed = journeys.referredAndAllocated("Authorise", "team-north");
        journeys.complete("north.worker", journeys.task("north.worker", "CompleteAssessment", assessed), """
                {"assessmentStartDate": {"value": "2025-11-06"}, "assessmentSubmittedDate": {"value": "2025-11-20"},
                 "assessmentOutcome": {"value": "NO_FURTHER_ACTION"}, "assessmentSummary": {"value": "Seen alone; no concerns."}}""");
        String enquired = journeys.section47ToEndorse("Endorse", "2025-11-03", "2025-11-14");
        JsonNode authorisation = journeys.task("north.manager", "AuthoriseAssessment", assessed);
        JsonNode endorsement = journeys.task("north.manager", "EndorseSection47Outcome", enquired);
        String authorise = """
                {"authorisationDecision": {"value": "AUTHORISE"}, "oversightDate": {"value": "2025-11-21"},
                 "managerDirection": {"value": "Agreed."}}""";
        String endorse = """
                {"s47EndorsementDecision": {"value": "ENDORSE"}, "oversightDate": {"value": "2025-11-17"},
                 "managerDirection": {"value": "Agreed."}}""";

        for (String person : List.of("south.manager", "north.worker")) {
            for (JsonNode task : List.of(authorisation, endorsement)) {
                String id = task.get("id").asText();
                String variables = "{\"variables\": " + (task == authorisation ? authorise : endorse) + "}";
                for (Gateway.Response attempt : List.of(gateway.post("/engine-rest/task/" + id + "/complete", person, variables),
                        gateway.post("/engine-rest/task/" + id + "/submit-form", person, variables),
                        gateway.post("/engine-rest/task/" + id + "/claim", person, "{\"userId\": \"" + person + "\"}"))) {
                    assertThat(attempt.status()).as(person + " on " + task.get("taskDefinitionKey").asText() + ": " + attempt.body())
                            .isIn(403, 404);
                    assertThat(attempt.json().get("type").asText()).as("a problem, saying why").isNotBlank();
                }
            }
        }

        for (JsonNode task : List.of(authorisation, endorsement)) {
            JsonNode still = gateway.get("/engine-rest/task/" + task.get("id").asText(), "north.manager").json();
            assertThat(still.get("id").asText()).as("still open").isEqualTo(task.get("id").asText());
            assertThat(still.get("assignee").isNull()).as("taken by nobody").isTrue();
        }
        // read once the record has what was put to the managers, so that a decision, had one been made, would be there
        CaseRecords records = new CaseRecords(gateway, "north.manager");
        records.chronologyWith(assessed, "AssessmentSubmitted");
        records.chronologyWith(enquired, "Section47Submitted");
        assertThat(gateway.get("/api/casework/children/" + assessed + "/oversight", "north.manager").json().findValuesAsText("point"))
                .as("only the front door's decision").containsExactly("CONTACT_DECISION");
        assertThat(gateway.get("/api/casework/children/" + enquired + "/oversight", "north.manager").json().findValuesAsText("point"))
                .containsExactly("CONTACT_DECISION");

        journeys.complete("north.manager", endorsement, endorse);
        assertThat(journeys.task("north.manager", "HoldInitialConference", enquired)).as("the team's manager may").isNotNull();
    }

    private String newContact(String givenName) {
        Gateway.Response contact = gateway.post("/api/workflow/contacts", "frontdoor.worker", """
                {"child": {"givenName": "%s", "familyName": "RedTeam", "dateOfBirth": "2017-06-01"},
                 "source": "HEALTH", "receivedAt": "2025-11-03T09:00", "reason": "Red team."}""".formatted(givenName));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        return contact.json().get("laChildId").asText();
    }
}
