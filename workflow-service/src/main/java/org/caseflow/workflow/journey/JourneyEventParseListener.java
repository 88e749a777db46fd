package org.caseflow.workflow.journey;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.workflow.forms.FormContracts;
import org.caseflow.workflow.journey.JourneyEventPublisher.Source;

/**
 * Attaches a {@link JourneyEventPublisher} to every element that declares a journey event, and
 * refuses to deploy a model with a user task or a statutory timer that does not: every completed
 * task and every fired statutory timer must reach the feed, and every timer must name its rule.
 * A task that declares a rule reviews a breach of it, and shows what was missed
 * ({@link EscalationText}); a conditional boundary event that declares one closes the escalation
 * when the work is recorded in time. An intermediate throw event that declares one marks a point in
 * a journey worth telling, such as the next visit of a plan falling due.
 */
class JourneyEventParseListener extends AbstractBpmnParseListener {

    private final JourneyEventWriter outbox;
    private final FormContracts forms;
    private final Timescales timescales;
    private final WorkingDayCalendar calendar;

    JourneyEventParseListener(JourneyEventWriter outbox, FormContracts forms, Timescales timescales, WorkingDayCalendar calendar) {
        this.outbox = outbox;
        this.forms = forms;
        this.timescales = timescales;
        this.calendar = calendar;
    }

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        ProcessDefaults.keep(process, definition);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        JourneyEventDeclaration declaration = requireKnownRule(requireDated(required(element, "user task"), element), element);
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, publisher(declaration, Source.TASK_COMPLETED));
        if (declaration.timescale() != null) {
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, new EscalationText(declaration, timescales, calendar));
        }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        // runs after the start event's own listeners, which assign ids and start statutory clocks
        JourneyEventDeclaration.of(element).ifPresent(declaration -> activity.addListener(ExecutionListener.EVENTNAME_END,
                publisher(requireDated(declaration, element), Source.JOURNEY_STARTED)));
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (element.element("timerEventDefinition") != null) {
            JourneyEventDeclaration declaration = requireKnownRule(required(element, "timer"), element);
            if (declaration.timescale() == null) {
                throw new IllegalArgumentException("The timer " + element.attribute("id")
                        + " declares no statutory rule (camunda:property journeyEventTimescale)");
            }
            activity.addListener(ExecutionListener.EVENTNAME_START, publisher(declaration, Source.TIMER_FIRED));
        } else if (element.element("conditionalEventDefinition") != null) {
            JourneyEventDeclaration.of(element).ifPresent(declaration -> activity.addListener(ExecutionListener.EVENTNAME_START,
                    publisher(requireDated(declaration, element), Source.CONDITION_MET)));
        }
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        // on end, after the event's own listeners (which start a recurring clock again)
        JourneyEventDeclaration.of(element).ifPresent(declaration -> activity.addListener(ExecutionListener.EVENTNAME_END,
                publisher(requireDated(declaration, element), Source.MILESTONE)));
    }

    private JourneyEventPublisher publisher(JourneyEventDeclaration declaration, Source source) {
        return new JourneyEventPublisher(declaration, source, outbox, forms);
    }

    private static JourneyEventDeclaration required(Element element, String kind) {
        return JourneyEventDeclaration.of(element).orElseThrow(() -> new IllegalArgumentException("The " + kind + " "
                + element.attribute("id") + " declares no journey event (camunda:property journeyEvent)"));
    }

    /** A rule named as it is (not by an expression) must exist, so that a misspelt one fails the deployment, not the timer. */
    private JourneyEventDeclaration requireKnownRule(JourneyEventDeclaration declaration, Element element) {
        String rule = declaration.timescale();
        if (rule != null && !rule.contains("${")) {
            try {
                timescales.byId(rule);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Element " + element.attribute("id") + " names an unknown rule " + rule, e);
            }
        }
        return declaration;
    }

    private static JourneyEventDeclaration requireDated(JourneyEventDeclaration declaration, Element element) {
        if (declaration.date() == null) {
            throw new IllegalArgumentException("Element " + element.attribute("id") + " publishes " + declaration.type()
                    + " but does not say its business date (journeyEventDate)");
        }
        return declaration;
    }
}
