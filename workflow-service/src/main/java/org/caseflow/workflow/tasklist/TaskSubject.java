package org.caseflow.workflow.tasklist;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.caseflow.journey.events.JourneyData;

/**
 * Who a journey's tasks are about, in words: by default the child, by name and LA child id
 * ("Jack Walker (C1000123)"). A journey about someone else declares its subject once, on its
 * {@code <bpmn:process>}, as a text that may hold expressions:
 * <pre>{@code
 * <camunda:property name="taskSubject" value="${carerHouseholdName} (${carerId})" />
 * }</pre>
 * Kept on the parsed process definition, and worded as each task is created.
 *
 * @param declared the process's {@value #PROPERTY}; {@code null} for a journey about a child
 */
record TaskSubject(String declared) {

    static final String PROPERTY = "taskSubject";
    private static final String DEFINITION_PROPERTY = "caseflowTaskSubject";
    private static final TaskSubject THE_CHILD = new TaskSubject(null);

    /** Keeps what the process declares on its parsed definition. */
    static void keep(Element process, ProcessDefinitionImpl definition) {
        definition.setProperty(DEFINITION_PROPERTY, new TaskSubject(declaredOn(process)));
    }

    /** The subject of the journey {@code execution} runs in. */
    static TaskSubject of(DelegateExecution execution) {
        Object kept = ((ExecutionEntity) execution).getProcessDefinition().getProperty(DEFINITION_PROPERTY);
        return kept instanceof TaskSubject subject ? subject : THE_CHILD;
    }

    boolean isTheChild() {
        return declared == null;
    }

    /**
     * The subject as the journey's variables stand.
     *
     * @throws IllegalStateException for a journey about a child that does not know the child: a
     *         stage that forgot to carry the child, or one about someone else that forgot to say whom
     */
    String describe(VariableScope variables, String taskKey) {
        if (!isTheChild()) {
            return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(declared)
                    .getValue(variables).toString();
        }
        Object laChildId = variables.getVariable(JourneyData.LA_CHILD_ID);
        if (laChildId == null) {
            throw new IllegalStateException("Task " + taskKey + " cannot name its child: its journey has no "
                    + JourneyData.LA_CHILD_ID + ". A journey about someone else declares whom on its process"
                    + " (camunda:property " + PROPERTY + ").");
        }
        String name = Stream.of(JourneyData.CHILD_GIVEN_NAME, JourneyData.CHILD_FAMILY_NAME)
                .map(variables::getVariable).filter(Objects::nonNull).map(Object::toString)
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? laChildId.toString() : name + " (" + laChildId + ")";
    }

    private static String declaredOn(Element process) {
        Element extensions = process.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> PROPERTY.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .findFirst().orElse(null);
    }
}
