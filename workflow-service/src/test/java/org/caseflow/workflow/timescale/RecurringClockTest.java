package org.caseflow.workflow.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A recurring clock on the real engine (the example model {@code recurring-visits-example.bpmn}):
 * each visit is due the local interval after the last visit actually made (rule T10, England's
 * common 10 working days), not after the last due date, and a missed one escalates while the
 * clock goes on.
 */
@WorkflowIntegrationTest
class RecurringClockTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void deployTheExample() {
        init(engine);
        if (repository.createProcessDefinitionQuery().processDefinitionKey("recurring-visits-example").count() == 0) {
            repository.createDeployment().name("recurring-visits-example")
                    .addClasspathResource("bpmn/recurring-visits-example.bpmn").deploy();
        }
    }

    @Test
    void eachVisitIsDueTheIntervalAfterTheLastOneActuallyMade() {
        // a plan started on Friday 19 December 2025: the first visit due 10 working days later,
        // Christmas, Boxing Day and New Year's Day not counted
        ProcessInstance plan = runtime.startProcessInstanceByKey("recurring-visits-example", withVariables("planStartDate", "2025-12-19"));
        assertThat(visit(plan).getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 7)));

        // seen early, on 2 January: the next is due 10 working days after that, not after 7 January
        recordVisit(plan, "2026-01-02");
        assertThat(visit(plan).getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));
        assertThat(timerDue(plan)).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 16)));

        // seen late, on 20 January: the next runs from the 20th
        recordVisit(plan, "2026-01-20");
        assertThat(visit(plan).getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 2, 3)));
        assertThat(runtime.getVariable(plan.getId(), "visitRule")).isEqualTo("10 working days, rule T10");
    }

    @Test
    void aMissedVisitEscalatesOnceAndTheClockGoesOn() {
        ProcessInstance plan = runtime.startProcessInstanceByKey("recurring-visits-example", withVariables("planStartDate", "2025-12-19"));

        management.executeJob(management.createJobQuery().processInstanceId(plan.getId()).timers().singleResult().getId());

        assertThat(outbox.typesOf(plan.getId())).containsExactly("VisitOverdue");
        assertThat(management.createJobQuery().processInstanceId(plan.getId()).timers().count()).as("escalated once").isZero();
        recordVisit(plan, "2026-01-09");
        assertThat(visit(plan).getDueDate()).isEqualTo(StatutoryClocks.endOf(LocalDate.of(2026, 1, 23)));
        assertThat(management.createJobQuery().processInstanceId(plan.getId()).timers().count()).as("the next visit's timer").isEqualTo(1);
        assertThat(outbox.typesOf(plan.getId())).containsExactly("VisitOverdue", "VisitRecorded");
    }

    private Task visit(ProcessInstance plan) {
        return tasks.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("RecordVisit").singleResult();
    }

    private void recordVisit(ProcessInstance plan, String date) {
        tasks.complete(visit(plan).getId(), withVariables("visitDate", date));
    }

    private java.util.Date timerDue(ProcessInstance plan) {
        return management.createJobQuery().processInstanceId(plan.getId()).timers().singleResult().getDuedate();
    }
}
