package org.caseflow.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Service;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.workflow.workforce.SupervisionSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task's name says whom it is about: the child, or the worker or carer of a journey about no child. */
@WorkflowIntegrationTest
class TaskNamingTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    SupervisionSchedule supervision;
    @Autowired
    RepositoryService repository;

    @Test
    void everyUserTaskOfEveryDeployedJourneyIsNamedAndTimedAsItIsCreated() {
        List<ProcessDefinition> journeys = repository.createProcessDefinitionQuery().latestVersion().list();
        List<String> userTasks = new ArrayList<>();
        for (ProcessDefinition journey : journeys) {
            ProcessDefinitionEntity parsed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository)
                    .getDeployedProcessDefinition(journey.getId());
            for (ActivityImpl activity : activitiesOf(parsed)) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTasks.add(journey.getKey() + "/" + activity.getId());
                    assertThat(userTask.getTaskDefinition().getBuiltinTaskListenersForEvent(TaskListener.EVENTNAME_CREATE))
                            .as(journey.getKey() + "/" + activity.getId())
                            .hasAtLeastOneElementOfType(TaskNaming.class)
                            .hasAtLeastOneElementOfType(TimescaleStatus.class);
                }
            }
        }
        assertThat(userTasks).as("the journeys' user tasks, those inside sub-processes included")
                .contains("front-door/DecideOnContact", "cp-plan/RecordCpVisit", "supervision/RecordSupervision");
    }

    @Test
    void aChildsTasksNameTheChildByNameAndLaChildIdAsDoesTheEscalationOfOne() {
        ProcessInstance contact = runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Jack",
                "childFamilyName", "Walker", "childDateOfBirth", "2016-04-02", "contactSource", "POLICE",
                "contactReceivedAt", "2025-12-19T10:30", "contactReason", "Police notification."));
        String child = (String) runtime.getVariable(contact.getId(), "laChildId");

        Task decision = task(contact, "DecideOnContact");
        assertThat(decision.getName()).isEqualTo("Decide on contact: Jack Walker (" + child + ")");
        assertThat(tasks.getVariableLocal(decision.getId(), TaskNaming.SUBJECT_VARIABLE)).isEqualTo("Jack Walker (" + child + ")");
        assertThat(history.createHistoricTaskInstanceQuery().taskId(decision.getId()).singleResult().getName())
                .as("the history keeps whom the work was about").isEqualTo(decision.getName());

        management.executeJob(management.createJobQuery().processInstanceId(contact.getId()).timers().singleResult().getId());
        assertThat(task(contact, "ReviewOverdueContactDecision").getName())
                .isEqualTo("Review overdue contact decision: Jack Walker (" + child + ")");
    }

    @Test
    void aFosterCarersTasksNameTheHousehold() {
        ProcessInstance carer = runtime.startProcessInstanceByKey("foster-carer", Map.of("carerId", "FC-7101",
                "carerHouseholdName", "The Naming household", "carerType", "IN_HOUSE", "carerApprovalDate", "2026-01-05",
                "supervisingWorker", "fostering.worker"));

        assertThat(task(carer, "RecordDbsCheck").getName()).isEqualTo("Record the carer's DBS check: The Naming household (FC-7101)");
        assertThat(task(carer, "RecordCarerSupervisionVisit").getName())
                .isEqualTo("Record a supervisory visit to the carer: The Naming household (FC-7101)");
        assertThat(tasks.getVariableLocal(task(carer, "RecordDbsCheck").getId(), TaskNaming.SUBJECT_VARIABLE))
                .as("the shared review form says whom a missed check is about").isEqualTo("The Naming household (FC-7101)");
    }

    @Test
    void aSupervisionNamesTheWorkerAsColleaguesKnowThem() {
        ProcessInstance journey = runtime.createProcessInstanceQuery().processDefinitionKey("supervision")
                .processInstanceBusinessKey("SUP-north.worker").singleResult();

        assertThat(task(journey, "RecordSupervision").getName()).isEqualTo("Record a supervision session: Sam Taylor (north.worker)");
    }

    @Test
    void aWorkerTheDirectoryCannotNameIsNamedByTheirUserId() {
        Directory.Person unnamed = new Directory.Person("Not In The Directory", "Social worker", List.of("team-north", "social-workers"),
                Service.ASSESSMENT_AND_SAFEGUARDING, true, null, null, null);
        ProcessInstance journey = runtime.createProcessInstanceQuery()
                .processInstanceId(supervision.start("naming.worker", unnamed, LocalDate.parse("2026-01-05"))).singleResult();

        assertThat(task(journey, "RecordSupervision").getName()).isEqualTo("Record a supervision session: naming.worker");
    }

    /** A journey's activities, those of its sub-processes included. */
    private static List<ActivityImpl> activitiesOf(ScopeImpl scope) {
        List<ActivityImpl> all = new ArrayList<>();
        for (ActivityImpl activity : scope.getActivities()) {
            all.add(activity);
            all.addAll(activitiesOf(activity));
        }
        return all;
    }

    private Task task(ProcessInstance journey, String step) {
        return tasks.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(step).singleResult();
    }
}
