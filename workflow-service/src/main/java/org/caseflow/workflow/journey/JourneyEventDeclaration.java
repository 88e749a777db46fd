package org.caseflow.workflow.journey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.caseflow.journey.events.oversight.DecisionPoint;
import org.caseflow.journey.events.oversight.OversightData;

/**
 * What a BPMN element publishes, declared as Camunda extension properties on it. Only what differs
 * from the defaults is declared:
 * <pre>{@code
 * <camunda:property name="journeyEvent" value="ContactDecided"/>         the event type (required)
 * <camunda:property name="journeyEventDate" value="${decisionDate}"/>    the business date (a timer's is its due date)
 * <camunda:property name="journeyEventTimescale" value="T1"/>            the rule an escalation is about (may be an expression:
 *                                                                         ${coreGroupTimescale}, T5 for the first, T6 after)
 * <camunda:property name="journeyEventDue" value="${...DueOn}"/>         default: the process's journeyEventDue
 * <camunda:property name="journeyEventTeam" value="front-door"/>         default: the process's, else a task's candidate group
 * <camunda:property name="journeyEventData" value="referralDate,..."/>   default: the fields of the element's form
 * <camunda:property name="journeyEventOversight" value="ASSESSMENT_AUTHORISATION"/>  a manager's decision point (management
 *                                                                         oversight), with their direction in the variable; may be an
 *                                                                         expression, none when it is empty (a review ending no plan)
 * <camunda:property name="journeyEventOversightDirection" value="decisionRationale"/>  default: managerDirection
 * }</pre>
 * The process element itself may declare {@code journeyEventDue} and {@code journeyEventTeam} for
 * all its elements, and {@code journeyEventCarry}, variables all its events carry ({@link ProcessDefaults}). Values of date, due and team may be expressions.
 *
 * @param data       the variables to carry; null means the fields of the element's form
 * @param timescale  the rule id (e.g. {@code T3}) on a statutory timer (a breach), on the task
 *                   that reviews one, or on the event that closes one as recorded in time
 * @param oversight  the decision point ({@code DecisionPoint}) a manager's step records oversight at, if it is one
 * @param oversightDirection the variable holding the manager's direction in their own words
 */
record JourneyEventDeclaration(String type, String date, String due, String team, List<String> data, String timescale,
        String oversight, String oversightDirection) {

    static final String TYPE = "journeyEvent";
    static final String DUE = "journeyEventDue";
    static final String TEAM = "journeyEventTeam";
    static final String CARRY = "journeyEventCarry";

    /** The declaration on an element, if it has one. */
    static Optional<JourneyEventDeclaration> of(Element element) {
        Map<String, String> properties = properties(element);
        if (!properties.containsKey(TYPE)) {
            return Optional.empty();
        }
        List<String> data = properties.containsKey("journeyEventData") ? names(properties.get("journeyEventData")) : null;
        String oversight = properties.get("journeyEventOversight");
        return Optional.of(new JourneyEventDeclaration(properties.get(TYPE), properties.get("journeyEventDate"),
                properties.get(DUE), properties.get(TEAM), data, properties.get("journeyEventTimescale"),
                oversight == null || oversight.startsWith("${") ? oversight : DecisionPoint.valueOf(oversight).name(),
                properties.getOrDefault("journeyEventOversightDirection", OversightData.MANAGER_DIRECTION)));
    }

    /** The same, with what it leaves out taken from its process. */
    JourneyEventDeclaration withDefaults(ProcessDefaults defaults) {
        return new JourneyEventDeclaration(type, date, due != null ? due : defaults.due(), team != null ? team : defaults.team(),
                data, timescale, oversight, oversightDirection);
    }

    /** A comma-separated list of variable names; none when absent. */
    static List<String> names(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** An element's {@code camunda:properties}, by name. */
    static Map<String, String> properties(Element element) {
        Map<String, String> properties = new HashMap<>();
        Element extensions = element.element("extensionElements");
        Element list = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (list == null) {
            return properties;
        }
        for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            properties.put(property.attribute("name"), property.attribute("value"));
        }
        return properties;
    }
}
