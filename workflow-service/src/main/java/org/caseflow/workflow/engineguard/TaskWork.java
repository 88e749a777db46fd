package org.caseflow.workflow.engineguard;

import static org.caseflow.workflow.engineguard.Refusals.notAllowed;

import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.caseflow.workflow.forms.FormContract;
import org.caseflow.workflow.forms.FormContracts;

/**
 * A person works only on their own tasks: one assigned to them, or an unassigned one offered to a
 * group they are in. They complete it with only the fields of its form, and may take an offered
 * task or hand back one they took; work the journey gave to a named worker stays theirs.
 * Administrators are not candidates for casework, so they complete no tasks.
 */
final class TaskWork {

    private final FormContracts forms;

    TaskWork(FormContracts forms) {
        this.forms = forms;
    }

    void check(CompleteTaskCmd command, Person person, CommandContext context) {
        checkCompletion(CommandFields.read(command, "taskId"), CommandFields.read(command, "variables"), person, context);
    }

    void check(SubmitTaskFormCmd command, Person person, CommandContext context) {
        checkCompletion(CommandFields.read(command, "taskId"), CommandFields.read(command, "properties"), person, context);
    }

    void check(ClaimTaskCmd command, Person person, CommandContext context) {
        checkTaking(CommandFields.read(command, "taskId"), CommandFields.read(command, "userId"), person, context);
    }

    /** Taking a task ({@code claimant} the person) or handing it back ({@code claimant} null). */
    private void checkTaking(String taskId, String claimant, Person person, CommandContext context) {
        TaskEntity task = openTask(taskId, person, context);
        if (claimant == null) {
            if (!person.userId().equals(task.getAssignee()) || task.getTaskDefinition().getAssigneeExpression() != null) {
                throw notAllowed("Only the person who took this task may hand it back, and work allocated to a worker stays with them.");
            }
            return;
        }
        if (!claimant.equals(person.userId())) {
            throw notAllowed("A task is taken by the person who will do it, not given to someone else.");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(claimant)) {
            throw notAllowed("This task is already with " + task.getAssignee() + ".");
        }
    }

    /** Tasklist hands a task back by clearing its assignee; giving it to someone else is not a journey step. */
    void check(AssignTaskCmd command, Person person, CommandContext context) {
        String assignee = CommandFields.read(command, "userId");
        if (assignee != null && !assignee.equals(person.userId())) {
            throw notAllowed("A task is taken by the person who will do it, not given to someone else.");
        }
        checkTaking(CommandFields.read(command, "taskId"), assignee, person, context);
    }

    private void checkCompletion(String taskId, Map<String, Object> submitted, Person person, CommandContext context) {
        TaskEntity task = openTask(taskId, person, context);
        if (task.getAssignee() != null ? !task.getAssignee().equals(person.userId()) : !isOfferedTo(task, person)) {
            throw notAllowed("This task is not yours to complete.");
        }
        FormContract form = task.getProcessDefinition() == null ? FormContract.NONE
                : forms.of(task.getTaskDefinition().getFormDefinition(), task.getProcessDefinition(), context);
        SubmittedValues.check(submitted, form, task::getVariable, true);
    }

    /** An open task the person could be working on; anything else is answered as if it did not exist. */
    private static TaskEntity openTask(String taskId, Person person, CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null || !(person.userId().equals(task.getAssignee()) || isOfferedTo(task, person))) {
            throw notAllowed("There is no open task " + taskId + " that you may work on.");
        }
        if (task.getTaskDefinition() == null) {
            throw notAllowed("Tasks outside a journey are not worked on in Caseflow.");
        }
        return task;
    }

    private static boolean isOfferedTo(TaskEntity task, Person person) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (person.userId().equals(link.getUserId()) || (link.getGroupId() != null && person.isIn(link.getGroupId())))) {
                return true;
            }
        }
        return false;
    }
}
