package org.caseflow.workflow.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What every user task of every journey gets for Tasklist, without a word in its BPMN: its name
 * says whom it is about ({@link TaskNaming}), and it says where it stands against its timescale
 * ({@link TimescaleStatus}). Both are built-in listeners, so they run first, before the task's
 * own create listeners, and even where an operator skips the custom ones.
 */
class TasklistParseListener extends AbstractBpmnParseListener {

    private final TaskNaming naming = new TaskNaming();
    private final TimescaleStatus timescaleStatus;

    TasklistParseListener(TimescaleStatus timescaleStatus) {
        this.timescaleStatus = timescaleStatus;
    }

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        TaskSubject.keep(process, definition);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, naming);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, timescaleStatus);
    }
}
