package org.caseflow.workflow.journey;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a journey's events have in common, declared once on its {@code <bpmn:process>}: the due date
 * its work is measured against ({@code journeyEventDue}) and the team whose work it is
 * ({@code journeyEventTeam}). Kept on the parsed process definition for its elements' publishers.
 */
record ProcessDefaults(String due, String team) {

    private static final String PROPERTY = "caseflowJourneyEventDefaults";
    private static final ProcessDefaults NONE = new ProcessDefaults(null, null);

    static void keep(Element process, ProcessDefinitionImpl definition) {
        Map<String, String> properties = JourneyEventDeclaration.properties(process);
        definition.setProperty(PROPERTY, new ProcessDefaults(properties.get(JourneyEventDeclaration.DUE),
                properties.get(JourneyEventDeclaration.TEAM)));
    }

    static ProcessDefaults of(DelegateExecution execution) {
        Object defaults = ((ExecutionEntity) execution).getProcessDefinition().getProperty(PROPERTY);
        return defaults instanceof ProcessDefaults kept ? kept : NONE;
    }
}
