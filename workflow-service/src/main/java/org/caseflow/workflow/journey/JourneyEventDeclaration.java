package org.caseflow.workflow.journey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a BPMN element publishes, declared as Camunda extension properties on it:
 * <pre>{@code
 * <camunda:property name="journeyEvent" value="ContactDecided"/>             the event type (required)
 * <camunda:property name="journeyEventDate" value="${decisionDate}"/>        the business date (required)
 * <camunda:property name="journeyEventDue" value="${contactDecisionDueOn}"/> the statutory due date
 * <camunda:property name="journeyEventTeam" value="front-door"/>             whose work it was
 * <camunda:property name="journeyEventData" value="contactOutcome,decisionDate"/> variables to carry
 * <camunda:property name="journeyEventTimescale" value="T1"/>                the statutory rule, for timers
 * }</pre>
 * Values of date, due and team may be expressions.
 */
record JourneyEventDeclaration(String type, String date, String due, String team, List<String> data, String timescale) {

    static final String TYPE = "journeyEvent";

    /** The declaration on an element, if it has one. */
    static Optional<JourneyEventDeclaration> of(Element element) {
        Map<String, String> properties = properties(element);
        if (!properties.containsKey(TYPE)) {
            return Optional.empty();
        }
        String date = properties.get("journeyEventDate");
        if (date == null) {
            throw new IllegalArgumentException("Element " + element.attribute("id")
                    + " publishes " + properties.get(TYPE) + " but does not say its business date (journeyEventDate)");
        }
        List<String> data = properties.containsKey("journeyEventData")
                ? Arrays.stream(properties.get("journeyEventData").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return Optional.of(new JourneyEventDeclaration(properties.get(TYPE), date, properties.get("journeyEventDue"),
                properties.get("journeyEventTeam"), data, properties.get("journeyEventTimescale")));
    }

    private static Map<String, String> properties(Element element) {
        Map<String, String> properties = new HashMap<>();
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return properties;
        }
        Element list = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (list == null) {
            return properties;
        }
        for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            properties.put(property.attribute("name"), property.attribute("value"));
        }
        return properties;
    }
}
