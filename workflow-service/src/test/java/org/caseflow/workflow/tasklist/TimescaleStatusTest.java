package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each open task says where it stands against its timescale, from the moment it is created, and the
 * refresh keeps that true as the days pass. A front-door decision received on Friday 19 December
 * 2025 is due by the end of Monday 22 December (T1), and at risk from the start of that day.
 */
@WorkflowIntegrationTest
class TimescaleStatusTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TimescaleStatusRefresh refresh;

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
    }

    @Test
    void workInTimeSaysNothing() {
        clockAt("2025-12-19T11:00");

        assertThat(statusOf(decisionOnAContactReceivedAt("2025-12-19T10:30"))).isNull();
    }

    @Test
    void workRecordedLateIsLateFromTheMomentItIsCreated() {
        clockAt("2025-12-24T10:00");

        assertThat(statusOf(decisionOnAContactReceivedAt("2025-12-19T10:30"))).isEqualTo("2 working days late");
    }

    @Test
    void theRefreshFollowsTheWorkFromAtRiskToLateAndLetsGoOfItWhenItsDeadlineMoves() {
        clockAt("2025-12-22T09:00");
        Task decision = decisionOnAContactReceivedAt("2025-12-19T10:30");
        assertThat(statusOf(decision)).isEqualTo("due today");

        // Christmas Day, Boxing Day and the weekend are not working days
        clockAt("2025-12-29T09:00");
        refresh.refresh();
        assertThat(statusOf(decision)).isEqualTo("3 working days late");

        Task moved = tasks.createTaskQuery().taskId(decision.getId()).singleResult();
        moved.setDueDate(Date.from(LocalDateTime.parse("2026-12-31T23:59:59").atZone(BusinessDates.LONDON).toInstant()));
        moved.setFollowUpDate(null);
        tasks.saveTask(moved);
        refresh.refresh();
        assertThat(statusOf(decision)).isNull();
    }

    private Task decisionOnAContactReceivedAt(String receivedAt) {
        String contact = runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Tia", "childFamilyName", "Timely",
                "childDateOfBirth", "2016-04-02", "contactSource", "SCHOOL", "contactReceivedAt", receivedAt,
                "contactReason", "Teacher's concern.")).getId();
        return tasks.createTaskQuery().processInstanceId(contact).taskDefinitionKey("DecideOnContact").singleResult();
    }

    private Object statusOf(Task task) {
        return tasks.getVariableLocal(task.getId(), TimescaleStatus.VARIABLE);
    }

    private static void clockAt(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(BusinessDates.LONDON).toInstant()));
    }
}
