package org.caseflow.workflow.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a journey's events have in common, declared once on its {@code <bpmn:process>}: the due date
 * its work is measured against ({@code journeyEventDue}) and the team whose work it is
 * ({@code journeyEventTeam}), and the variables every one of its events carries besides its own
 * ({@code journeyEventCarry}: a plan's id on each of its visits). Kept on the parsed process
 * definition for its elements' publishers.
 */
record ProcessDefaults(String due, String team, List<String> carry) {

    private static final String PROPERTY = "caseflowJourneyEventDefaults";
    private static final ProcessDefaults NONE = new ProcessDefaults(null, null, List.of());

    static void keep(Element process, ProcessDefinitionImpl definition) {
        Map<String, String> properties = JourneyEventDeclaration.properties(process);
        definition.setProperty(PROPERTY, new ProcessDefaults(properties.get(JourneyEventDeclaration.DUE),
                properties.get(JourneyEventDeclaration.TEAM), JourneyEventDeclaration.names(properties.get(JourneyEventDeclaration.CARRY))));
    }

    static ProcessDefaults of(DelegateExecution execution) {
        Object defaults = ((ExecutionEntity) execution).getProcessDefinition().getProperty(PROPERTY);
        return defaults instanceof ProcessDefaults kept ? kept : NONE;
    }
}
