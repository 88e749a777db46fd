package org.caseflow.workflow.registry;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.caseflow.workflow.identity.AsTheApplication;
import org.springframework.stereotype.Component;

/**
 * Every journey deployed, read from its BPMN: what it is called and for, who starts it, its steps
 * and the statutory rules that time them. Adding a stage is deploying its BPMN; whatever needs to
 * know the journeys (Tasklist's permissions, the journey catalogue) asks here.
 */
@Component
public class JourneyRegistry {

    private final RepositoryService repository;
    private final IdentityService identityService;

    JourneyRegistry(RepositoryService repository, IdentityService identityService) {
        this.repository = repository;
        this.identityService = identityService;
    }

    /** The latest version of every journey, by key; read as the application, whoever is asking. */
    public List<Journey> journeys() {
        return AsTheApplication.run(identityService, () -> repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list().stream()
                .map(this::journey)
                .toList());
    }

    private Journey journey(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        List<String> startedBy = process.getCamundaCandidateStarterGroupsList();
        return new Journey(definition.getKey(), definition.getName(), documentationOf(process.getDocumentations()),
                startedBy == null ? List.of() : startedBy, stepsOf(model));
    }

    private static List<Journey.Step> stepsOf(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowElement.class).stream()
                .filter(element -> element instanceof UserTask || isTimer(element))
                .map(element -> new Journey.Step(element.getId(), element.getName(), element instanceof UserTask ? "task" : "timer",
                        timescaleOf(element)))
                .toList();
    }

    private static boolean isTimer(FlowElement element) {
        return element instanceof BoundaryEvent boundary
                && !boundary.getEventDefinitions().isEmpty()
                && boundary.getEventDefinitions().iterator().next() instanceof TimerEventDefinition;
    }

    private static String timescaleOf(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "journeyEventTimescale".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }

    private static String documentationOf(Collection<Documentation> documentation) {
        return documentation.stream().map(Documentation::getTextContent).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
