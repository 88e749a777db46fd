package org.caseflow.workflow.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** How the demo data takes its steps: as a demo user, through the real engine, one task at a time. */
@Component
class DemoSteps {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoSteps(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    ProcessInstance start(String user, String journey, Map<String, Object> variables) {
        return as(user, () -> runtime.startProcessInstanceByKey(journey, variables));
    }

    void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        as(user, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** The journey a call activity of this one started (an assessment from the front door, a plan from a conference). */
    String calledBy(String processInstanceId, String journey) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).processDefinitionKey(journey)
                .singleResult().getId();
    }

    /** Does the step as the demo user, so that Camunda's authorizations apply and events name them. */
    <T> T as(String user, Supplier<T> step) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
