package org.caseflow.workflow.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Names every user task after its step and its subject, as it is created: a team's work tray then
 * reads "Decide on contact: Jack Walker (C1000123)", not three tasks all called "Decide on
 * contact". The name is what every person allowed the task may read; Camunda's filter columns of
 * the journey's variables need the right to read the whole journey, which a candidate team does not
 * have. The subject is also kept in the task-local variable {@value #SUBJECT_VARIABLE}, for forms
 * that every journey shares to say whom they are about.
 */
class TaskNaming implements TaskListener {

    static final String SUBJECT_VARIABLE = "taskSubject";
    static final String SEPARATOR = ": ";

    @Override
    public void notify(DelegateTask task) {
        String subject = TaskSubject.of(task.getExecution()).describe(task, task.getTaskDefinitionKey());
        task.setName(task.getName() == null ? subject : task.getName() + SEPARATOR + subject);
        task.setVariableLocal(SUBJECT_VARIABLE, subject);
    }
}
