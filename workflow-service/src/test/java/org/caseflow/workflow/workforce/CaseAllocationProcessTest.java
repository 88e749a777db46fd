package org.caseflow.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.workflow.CaseworkStub;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.journey.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * case-allocation.bpmn on the real engine: a team manager allocates a child's case to a social
 * worker of their team; the child's open journeys name them and the open visits pass to them.
 */
@WorkflowIntegrationTest
class CaseAllocationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseworkStub casework;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aLookedAfterChildsCaseIsAllocatedAndThenReallocatedWithinTheTeam() {
        ProcessInstance care = lookedAfter("C9000095");
        casework.record("C9000095", "Rio", "Allocated", "2013-03-03", "cic.manager");
        Task visit = visitOf(care);
        assertThat(visit.getAssignee()).as("no social worker yet").isNull();

        allocate("cic.manager", "C9000095", "cic.worker", "2026-01-07");

        assertThat(visitOf(care)).isAssignedTo("cic.worker");
        assertThat(runtime.getVariable(care.getId(), "careSocialWorker")).isEqualTo("cic.worker");
        ProcessInstance moved = allocate("cic.manager", "C9000095", "cic.agency", "2026-02-02");
        assertThat(visitOf(care)).isAssignedTo("cic.agency");
        Map<String, Object> event = outbox.eventsOf(moved.getId()).get(0);
        assertThat(event).containsEntry("type", "CaseReallocated").containsEntry("team", "team-cic").containsEntry("la_child_id", "C9000095")
                .containsEntry("occurred_on", java.sql.Date.valueOf("2026-02-02")).containsEntry("worker", "cic.manager");
        assertThat((String) event.get("data")).contains("\"caseWorker\": \"cic.agency\"", "\"previousWorker\": \"cic.worker\"");
    }

    @Test
    void aManagerAllocatesOnlyToASocialWorkerOfATeamTheyManage() {
        lookedAfter("C9000096");
        casework.record("C9000096", "Ola", "Refused", "2013-03-03", "cic.manager", "north.manager");

        assertThatThrownBy(() -> allocate("north.manager", "C9000096", "cic.worker", "2026-01-07"))
                .hasMessageContaining("not in a team you manage");
        assertThatThrownBy(() -> allocate("cic.manager", "C9000096", "cic.manager", "2026-01-07"))
                .hasMessageContaining("not a social worker");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("case-allocation")
                .variableValueEquals("laChildId", "C9000096").count()).isZero();
    }

    private ProcessInstance lookedAfter(String laChildId) {
        runtime.createMessageCorrelation("CareRequested").setVariables(withVariables("laChildId", laChildId, "childGivenName", "Rio",
                "childFamilyName", "Allocated", "childDateOfBirth", "2013-03-03", "assessmentTeam", "team-north",
                "careEntryRoute", "CP_PLAN", "careRequestedOn", "2026-01-05")).correlateStartMessage();
        ProcessInstance care = runtime.createProcessInstanceQuery().processDefinitionKey("looked-after")
                .variableValueEquals("laChildId", laChildId).singleResult();
        tasks.complete(tasks.createTaskQuery().processInstanceId(care.getId()).taskDefinitionKey("RecordEntryToCare").singleResult().getId(),
                withVariables("careStartDate", "2026-01-05", "legalStatus", "C2", "categoryOfNeed", "N1", "careTeam", "team-cic",
                        "placementType", "U6", "placementProvider", "PR1", "placementPostcodeDistrict", "SE9",
                        "placementUntilEighteen", false, "placementEmergency", false));
        return care;
    }

    private Task visitOf(ProcessInstance care) {
        return tasks.createTaskQuery().processInstanceId(care.getId()).taskDefinitionKey("RecordClaVisit").singleResult();
    }

    private ProcessInstance allocate(String manager, String laChildId, String worker, String from) {
        identity.setAuthentication(manager, groupsOf(manager));
        try {
            return runtime.startProcessInstanceByKey("case-allocation", withVariables("laChildId", laChildId, "caseWorker", worker,
                    "reallocationDate", from, "reallocationReason", "Case transferred within the team."));
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
    }
}
