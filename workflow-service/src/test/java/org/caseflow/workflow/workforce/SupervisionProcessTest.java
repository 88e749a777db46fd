package org.caseflow.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Service;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * supervision.bpmn on the real engine: a newly qualified worker weekly for 6 weeks, fortnightly to
 * 6 months, then monthly (rule T21); an experienced one monthly (T22); a missed session escalating
 * to the team's managers; every case-holding worker of the directory has a journey.
 */
@WorkflowIntegrationTest
class SupervisionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    SupervisionSchedule schedule;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @Test
    void everyCaseHoldingWorkerOfTheDirectoryIsSupervised() {
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision").processInstanceBusinessKey("SUP-north.worker")
                .count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision").processInstanceBusinessKey("SUP-north.manager")
                .count()).as("a manager holds no cases").isZero();
    }

    @Test
    void theFosteringTeamsSupervisingSocialWorkersAreSupervisedByItsManagersThoughTheyHoldNoChildsCase() {
        for (String worker : List.of("fostering.worker", "kinship.worker")) {
            ProcessInstance journey = runtime.createProcessInstanceQuery().processDefinitionKey("supervision")
                    .processInstanceBusinessKey("SUP-" + worker).singleResult();
            assertThat(journey).as(worker).isNotNull();
            assertThat(runtime.getVariable(journey.getId(), "supervisionTeam")).isEqualTo("team-fostering");
            assertThat(session(journey)).hasCandidateGroup("team-fostering-managers");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision")
                .processInstanceBusinessKey("SUP-fostering.manager").count()).isZero();
    }

    @Test
    void aNewlyQualifiedWorkerIsSupervisedWeeklyThenFortnightlyThenMonthly() {
        ProcessInstance journey = journeyFor("t21.worker", LocalDate.of(2026, 1, 5), "2026-01-05");

        assertThat(session(journey).getDueDate()).as("weekly").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 12)));
        hold(journey, "2026-01-12", "north.manager");
        assertThat(session(journey).getDueDate()).as("still weekly").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 19)));
        hold(journey, "2026-02-16", "north.manager");
        assertThat(session(journey).getDueDate()).as("6 weeks in: fortnightly").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 3, 2)));
        hold(journey, "2026-07-06", "north.manager");
        assertThat(session(journey).getDueDate()).as("6 months in: monthly").isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 8, 6)));
        assertThat(runtime.getVariable(journey.getId(), "supervisionRule")).isEqualTo("1 month, rule T21");
        Map<String, Object> held = outbox.eventsOf(journey.getId()).stream().filter(event -> "SupervisionHeld".equals(event.get("type")))
                .findFirst().orElseThrow();
        assertThat(held).containsEntry("team", "team-north").containsEntry("la_child_id", null);
        assertThat((String) held.get("data")).contains("\"supervisedWorker\": \"t21.worker\"", "\"supervisor\": \"north.manager\"",
                "\"supervisionTimescale\": \"T21\"");
    }

    @Test
    void anExperiencedWorkerIsSupervisedMonthly() {
        ProcessInstance journey = journeyFor("t22.worker", null, "2026-01-15");

        assertThat(session(journey).getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 15)));
        assertThat(runtime.getVariable(journey.getId(), "supervisionRule")).isEqualTo("1 month, rule T22");
    }

    @Test
    void aSessionIsRecordedAsHeldByOneOfTheTeamsManagers() {
        ProcessInstance journey = journeyFor("own.worker", null, "2026-01-15");

        assertThatThrownBy(() -> hold(journey, "2026-02-10", "south.manager"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("team-north's managers");
        assertThatThrownBy(() -> hold(journey, "2026-01-14", "north.manager"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("last session");
    }

    @Test
    void aMissedSessionEscalatesToTheTeamsManagers() {
        ProcessInstance journey = journeyFor("missed.worker", LocalDate.of(2026, 1, 5), "2026-01-05");

        management.executeJob(management.createJobQuery().processInstanceId(journey.getId()).activityId("Timer_SupervisionDue")
                .singleResult().getId());

        assertThat(tasks.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey("ReviewOverdueSupervision").singleResult())
                .hasCandidateGroup("team-north-managers");
        assertThat((String) outbox.eventsOf(journey.getId()).stream().filter(event -> "SupervisionOverdue".equals(event.get("type")))
                .findFirst().orElseThrow().get("data")).contains("\"timescale\": \"T21\"");
    }

    private ProcessInstance journeyFor(String worker, LocalDate asyeStart, String from) {
        Directory.Person person = new Directory.Person("Test Worker", "Social worker", List.of("team-north", "social-workers"),
                Service.ASSESSMENT_AND_SAFEGUARDING, true, asyeStart, null, null);
        String id = schedule.start(worker, person, LocalDate.parse(from));
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Task session(ProcessInstance journey) {
        return tasks.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey("RecordSupervision").singleResult();
    }

    private void hold(ProcessInstance journey, String date, String supervisor) {
        tasks.complete(session(journey).getId(), withVariables("supervisionDate", date, "supervisor", supervisor));
    }
}
