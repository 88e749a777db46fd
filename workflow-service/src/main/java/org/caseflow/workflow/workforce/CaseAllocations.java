package org.caseflow.workflow.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.CASE_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.PREVIOUS_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_DATE;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_REASON;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.frontdoor.KnownChildren;
import org.caseflow.workflow.identity.TeamDirectory;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A team manager allocates a child's case to a social worker of their team, from a date (journey
 * {@code case-allocation}): the child's open journeys follow, each naming the new worker where it
 * names one (the assessment's allocated worker, a plan's lead, a looked-after child's social
 * worker), and their open tasks held by the previous worker pass to the new one.
 */
@Component("caseAllocation")
public class CaseAllocations {

    /** The journey, and the variable naming the child's worker in it. */
    private static final Map<String, String> WORKER_OF = new LinkedHashMap<>(Map.of(
            "looked-after", "careSocialWorker", "cp-plan", "leadSocialWorker", "cin-plan", "cinLeadWorker", "assessment", "allocatedWorker"));
    /** Who started it (the form's {@code camunda:initiator}). */
    static final String ALLOCATED_BY = "allocatedBy";
    static final String CASE_TEAM = "caseTeam";

    private final KnownChildren knownChildren;
    private final TeamDirectory teams;

    CaseAllocations(KnownChildren knownChildren, TeamDirectory teams) {
        this.knownChildren = knownChildren;
        this.teams = teams;
    }

    /** The start form: a child whose record is open to the manager, a social worker of a team they manage, a date, a reason. */
    public void checkRequest(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        input.requiredText(JourneyData.LA_CHILD_ID);
        knownChildren.linkToRecord(execution);
        String worker = input.requiredText(CASE_WORKER);
        String team = teams.teamOfSocialWorker(worker).orElseThrow(() -> new RuleViolation(CASE_WORKER, worker + " is not a social worker."));
        Object manager = execution.getVariable(ALLOCATED_BY);
        if (manager != null && !teams.isMemberOf(manager.toString(), CaseflowGroups.managersOf(team))) {
            throw new RuleViolation(CASE_WORKER, worker + " is not in a team you manage.");
        }
        execution.setVariable(CASE_TEAM, team);
        BusinessDateRules.requireHappened(REALLOCATION_DATE, input.requiredDate(REALLOCATION_DATE), TaskInput.today());
        input.requiredText(REALLOCATION_REASON);
    }

    /** The child's open journeys name the new worker, and the previous worker's open tasks pass to them. */
    public void reallocate(DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        String child = (String) execution.getVariable(JourneyData.LA_CHILD_ID);
        String worker = (String) execution.getVariable(CASE_WORKER);
        String previous = null;
        for (Map.Entry<String, String> journey : WORKER_OF.entrySet()) {
            for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(journey.getKey())
                    .variableValueEquals(JourneyData.LA_CHILD_ID, child).active().list()) {
                String named = (String) engine.getRuntimeService().getVariable(instance.getId(), journey.getValue());
                previous = previous == null ? named : previous;
                engine.getRuntimeService().setVariable(instance.getId(), journey.getValue(), worker);
                for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).active().list()) {
                    if (task.getAssignee() != null && Objects.equals(task.getAssignee(), named)) {
                        engine.getTaskService().setAssignee(task.getId(), worker);
                    } else if (task.getAssignee() == null && named == null && isCaseworkersTask(task)) {
                        engine.getTaskService().setAssignee(task.getId(), worker);
                    }
                }
            }
        }
        execution.setVariable(PREVIOUS_WORKER, previous);
    }

    /** A task a case's own worker does (a visit), not one for the team's managers. */
    private static boolean isCaseworkersTask(Task task) {
        return task.getTaskDefinitionKey().startsWith("Record") && task.getTaskDefinitionKey().endsWith("Visit");
    }
}
