package org.caseflow.workflow.overdue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.caseflow.workflow.identity.AsTheApplication;
import org.springframework.stereotype.Component;

/**
 * The journey (stage) a task belongs to, named by its process key ({@code assessment}), and the
 * stages a manager can filter by. Read as the application: which journeys exist is no secret, and a
 * manager's own permissions need not include reading process definitions.
 */
@Component
class Stages {

    private final RepositoryService repository;
    private final IdentityService identityService;

    Stages(RepositoryService repository, IdentityService identityService) {
        this.repository = repository;
        this.identityService = identityService;
    }

    /** The process key of each process definition id given (a task carries only the id). */
    Map<String, String> keysOf(Collection<String> processDefinitionIds) {
        String[] ids = processDefinitionIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return AsTheApplication.run(identityService, () -> repository.createProcessDefinitionQuery()
                .processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey)));
    }

    /**
     * The name of the step a task is at, as its journey's BPMN gives it ("Decide on contact"): the
     * task's own name also says whom it is about, which these views show in a column of its own.
     */
    String stepName(String processDefinitionId, String taskDefinitionKey) {
        return AsTheApplication.run(identityService, () -> {
            FlowElement step = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
            return step == null || step.getName() == null ? taskDefinitionKey : step.getName();
        });
    }

    /** Every journey deployed, its key to its name, in the order of their names. */
    Map<String, String> namesByKey() {
        List<ProcessDefinition> latest = AsTheApplication.run(identityService, () -> repository.createProcessDefinitionQuery()
                .latestVersion().orderByProcessDefinitionName().asc().list());
        Map<String, String> names = new LinkedHashMap<>();
        latest.forEach(definition -> names.put(definition.getKey(), Objects.requireNonNullElse(definition.getName(), definition.getKey())));
        return names;
    }
}
