package org.caseflow.workflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the journeys publish reads with the typed readers every consumer uses: the contract between
 * the BPMN's declarations and casework-service and kpi-service, held on the producer's side.
 */
@WorkflowIntegrationTest
class PublishedEventsReadTest {

    private static final Map<String, Function<JourneyEvent, Object>> READERS = Map.of(
            ContactReceived.TYPE, ContactReceived::from,
            ContactDecided.TYPE, ContactDecided::from,
            ReferralReceived.TYPE, ReferralReceived::from,
            SocialWorkerAllocated.TYPE, SocialWorkerAllocated::from,
            AssessmentCompleted.TYPE, AssessmentCompleted::from);

    @Autowired
    JourneyFeed feed;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void everyEventOfAJourneyReadsAsItsTypeSays() {
        long cursor = endOfFeed();
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", withVariables("childGivenName", "Tia",
                "childFamilyName", "Read", "childDateOfBirth", "2015-05-05", "contactSource", "SCHOOL",
                "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Teacher's concern."));
        management.executeJob(management.createJobQuery().processInstanceId(contact.getId()).timers().singleResult().getId());
        complete(contact, "DecideOnContact", withVariables("contactOutcome", "REFERRAL", "decisionDate", "2025-12-22",
                "decisionRationale", "Assess.", "assessmentTeam", "team-north"));
        ProcessInstance referral = runtime.createProcessInstanceQuery().superProcessInstanceId(contact.getId()).singleResult();
        complete(referral, "AllocateSocialWorker", withVariables("allocatedWorker", "north.worker", "allocationDate", "2025-12-23"));
        complete(referral, "CompleteAssessment", withVariables("assessmentStartDate", "2026-01-05",
                "assessmentAuthorisedDate", "2026-02-02", "assessmentOutcome", "CHILD_IN_NEED_PLAN", "assessmentSummary", "Seen."));

        List<JourneyEvent> published = feed.read(cursor, 500).events();

        assertThat(published).extracting(JourneyEvent::type).containsExactly("ContactReceived", "ContactDecisionOverdue",
                "ContactDecided", "RecordedInTime", "ReferralReceived", "SocialWorkerAllocated", "AssessmentCompleted");
        for (JourneyEvent event : published) {
            Escalation.of(event).ifPresentOrElse(
                    escalation -> assertThat(escalation.timescale()).as(event.type()).isEqualTo("T1"),
                    () -> assertThat(READERS.get(event.type()).apply(event)).as(event.type()).isNotNull());
        }
        assertThat(ContactReceived.from(published.get(0)).source()).isEqualTo(ContactSource.SCHOOL);
        assertThat(Escalation.of(published.get(1)).orElseThrow().kind()).isEqualTo(Escalation.Kind.BREACHED);
        assertThat(ContactDecided.from(published.get(2)).outcome()).isEqualTo(ContactOutcome.REFERRAL);
        assertThat(Escalation.of(published.get(3)).orElseThrow().kind()).isEqualTo(Escalation.Kind.RECORDED_IN_TIME);
        assertThat(ReferralReceived.from(published.get(4)).assessmentDueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(ReferralReceived.from(published.get(4)).team()).isEqualTo("team-north");
        assertThat(SocialWorkerAllocated.from(published.get(5)).team()).as("the team of record, not its managers").isEqualTo("team-north");
        AssessmentCompleted completed = AssessmentCompleted.from(published.get(6));
        assertThat(completed.outcome()).isEqualTo(AssessmentOutcome.CHILD_IN_NEED_PLAN);
        assertThat(completed.inTime()).isTrue();
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> form) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId(), form);
    }

    private long endOfFeed() {
        long position = 0;
        for (var page = feed.read(0, 500); ; page = feed.read(position, 500)) {
            position = page.lastPosition();
            if (!page.hasMore()) {
                return position;
            }
        }
    }
}
