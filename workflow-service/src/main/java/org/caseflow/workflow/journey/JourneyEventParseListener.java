package org.caseflow.workflow.journey;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches a {@link JourneyEventPublisher} to every element that declares a journey event, and
 * refuses to deploy a model with a user task or a timer that does not: every completed task and
 * every fired statutory timer must reach the feed.
 */
class JourneyEventParseListener extends AbstractBpmnParseListener {

    private final JourneyEventWriter outbox;

    JourneyEventParseListener(JourneyEventWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        JourneyEventPublisher publisher = new JourneyEventPublisher(required(element, "user task"), outbox);
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_COMPLETE, publisher);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        // runs after the start event's own listeners, which assign ids and start statutory clocks
        JourneyEventDeclaration.of(element).ifPresent(declaration ->
                activity.addListener(ExecutionListener.EVENTNAME_END, new JourneyEventPublisher(declaration, outbox)));
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (element.element("timerEventDefinition") != null) {
            JourneyEventPublisher publisher = new JourneyEventPublisher(required(element, "timer"), outbox);
            activity.addListener(ExecutionListener.EVENTNAME_START, publisher);
        }
    }

    private static JourneyEventDeclaration required(Element element, String kind) {
        return JourneyEventDeclaration.of(element).orElseThrow(() -> new IllegalArgumentException("The " + kind + " "
                + element.attribute("id") + " declares no journey event (camunda:property journeyEvent)"));
    }
}
