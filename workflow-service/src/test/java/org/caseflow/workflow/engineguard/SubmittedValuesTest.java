package org.caseflow.workflow.engineguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.caseflow.workflow.forms.FormContract;
import org.junit.jupiter.api.Test;

/** What a step accepts, checked against the journeys' real forms. */
class SubmittedValuesTest {

    private static final Function<String, Object> NOTHING_YET = name -> null;
    /** The assessment teams the front door is offered as it decides (from the directory). */
    private static final Function<String, Object> TEAMS_OFFERED = name -> name.equals("assessmentTeams")
            ? "[{\"label\": \"Assessment Team North\", \"value\": \"team-north\"}, {\"label\": \"Assessment Team South\", \"value\": \"team-south\"}]"
            : null;
    private static final FormContract DECISION = form("decide-on-contact");
    private static final FormContract CONTACT = form("contact-received");
    private static final FormContract ALLOCATION = form("allocate-social-worker");

    @Test
    void aDecisionWithItsOwnFieldsIsAccepted() {
        assertThatCode(() -> SubmittedValues.check(decision("REFERRAL", "team-north"), DECISION, TEAMS_OFFERED, true))
                .doesNotThrowAnyException();
    }

    @Test
    void aFieldTheFormDoesNotDeclareIsRefused() {
        Map<String, Object> submitted = decision("NO_FURTHER_ACTION", null);
        submitted.put("laChildId", "C0999001");

        refused(submitted, DECISION, NOTHING_YET, "laChildId");
    }

    @Test
    void aChoiceTheFormDoesNotOfferIsRefusedSoNoSecondGroupCanBeSlippedIn() {
        refused(decision("REFERRAL", "team-north,x"), DECISION, TEAMS_OFFERED, "assessmentTeam");
        refused(decision("REFERRAL", "team-east"), DECISION, TEAMS_OFFERED, "assessmentTeam");
        refused(decision("ADOPTED_BY_WOLVES", null), DECISION, NOTHING_YET, "contactOutcome");
    }

    @Test
    void textIsLimitedToItsFormsLengthAndPattern() {
        Map<String, Object> tooLong = decision("NO_FURTHER_ACTION", null);
        tooLong.put("decisionRationale", "x".repeat(4001));
        refused(tooLong, DECISION, NOTHING_YET, "decisionRationale");

        refused(Map.of("laChildId", "C1' OR '1'='1"), CONTACT, NOTHING_YET, "laChildId");
        refused(Map.of("laChildId", "C".repeat(21)), CONTACT, NOTHING_YET, "laChildId");
    }

    @Test
    void aDateMustBeADate() {
        Map<String, Object> submitted = decision("NO_FURTHER_ACTION", null);
        submitted.put("decisionDate", "soon");

        refused(submitted, DECISION, NOTHING_YET, "decisionDate");
    }

    @Test
    void objectsJsonAndSerialisedJavaAreRefusedUnread() {
        Map<String, Object> object = new HashMap<>(Map.of("contactReason",
                Variables.objectValue(new java.util.concurrent.atomic.AtomicBoolean(true)).create()));
        refused(object, CONTACT, NOTHING_YET, "contactReason");

        Map<String, Object> serialised = Variables.createVariables().putValueTyped("contactReason",
                Variables.serializedObjectValue("rO0ABXNyABFqYXZhLnV0aWwuRGF0ZWhqgQFLWXQZAwAAeHB3CAAAAAAAAAAAeA==")
                        .serializationDataFormat("application/x-java-serialized-object").objectTypeName("java.util.Date").create());
        refused(serialised, CONTACT, NOTHING_YET, "contactReason");

        refused(Map.of("contactReason", Variables.byteArrayValue(new byte[] {1, 2})), CONTACT, NOTHING_YET, "contactReason");
    }

    @Test
    void aJourneysIdentifyingFactIsWrittenOnce() {
        Function<String, Object> teamAlreadyRecorded = name -> name.equals("assessmentTeam") ? "team-south" : TEAMS_OFFERED.apply(name);

        refused(decision("REFERRAL", "team-north"), DECISION, teamAlreadyRecorded, "assessmentTeam");
    }

    @Test
    void choicesOfferedAtRunTimeAreTheOnlyOnesAccepted() {
        Function<String, Object> offered = name -> name.equals("teamWorkers")
                ? "[{\"label\": \"Nia North (north.worker)\", \"value\": \"north.worker\"}]" : null;
        Map<String, Object> allocation = new HashMap<>(Map.of("allocatedWorker", "north.worker", "allocationDate", "2025-12-23"));

        assertThatCode(() -> SubmittedValues.check(allocation, ALLOCATION, offered, true)).doesNotThrowAnyException();
        allocation.put("allocatedWorker", "south.worker");
        refused(allocation, ALLOCATION, offered, "allocatedWorker");
    }

    @Test
    void aTaskNeedsItsRequiredFieldsButAStartLeavesThemToTheJourneysRules() {
        Map<String, Object> noRationale = decision("NO_FURTHER_ACTION", null);
        noRationale.remove("decisionRationale");
        refused(noRationale, DECISION, NOTHING_YET, "decisionRationale");

        Map<String, Object> knownChild = Map.of("laChildId", "C1000001", "contactSource", "POLICE",
                "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Again.");
        assertThatCode(() -> SubmittedValues.check(knownChild, CONTACT, NOTHING_YET, false)).doesNotThrowAnyException();
    }

    @Test
    void aStepWithNoFormRecordsNothing() {
        refused(Map.of("anything", "x"), FormContract.NONE, NOTHING_YET, "anything");
        assertThatCode(() -> SubmittedValues.check(null, FormContract.NONE, NOTHING_YET, true)).doesNotThrowAnyException();
    }

    private static void refused(Map<String, Object> submitted, FormContract form, Function<String, Object> existing, String field) {
        assertThatThrownBy(() -> SubmittedValues.check(submitted, form, existing, true))
                .isInstanceOfSatisfying(FormFieldValidationException.class,
                        refusal -> assertThat((Object) refusal.getDetail()).isEqualTo(field));
    }

    private static Map<String, Object> decision(String outcome, String team) {
        Map<String, Object> decision = new HashMap<>(Map.of("contactOutcome", outcome, "decisionDate", "2025-12-19",
                "decisionRationale", "Discussed with the police.", "referrerFollowUp", "NOT_TOLD", "referrerNotToldReason", "Told at the strategy discussion instead."));
        if (team != null) {
            decision.put("assessmentTeam", team);
        }
        return decision;
    }

    private static FormContract form(String name) {
        try (InputStream json = SubmittedValuesTest.class.getResourceAsStream("/forms/" + name + ".form")) {
            return FormContract.parse(json.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
