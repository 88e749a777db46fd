package org.caseflow.workflow.engineguard;

import static org.caseflow.workflow.engineguard.Refusals.notAllowed;

import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.caseflow.workflow.forms.FormContracts;

/**
 * The journey rules, enforced inside the engine for every command a signed-in person causes,
 * whichever door they came in by: Caseflow's API, {@code /engine-rest}, or the webapps' copy of
 * it. A person may read (as Camunda's authorizations allow), start a journey at its start event,
 * and work on their own tasks; administrators may also suspend, resume and retry. Nothing else:
 * no setting or removing variables, no modifying, migrating, restarting or deleting journeys, no
 * messages or signals, no deployments, no changes to the directory, filters or authorizations.
 *
 * <p>The application's own work (journeys' listeners, timers, start-up) runs with no person
 * signed in to the engine and is not judged here. Only the outermost command is judged: the ones
 * it runs inside itself are the engine's own doing.
 */
class PersonCommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PersonCommandGuard.class);

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final JourneyStarts starts;
    private final TaskWork taskWork;

    PersonCommandGuard(FormContracts forms) {
        this.starts = new JourneyStarts(forms);
        this.taskWork = new TaskWork(forms);
    }

    @Override
    public <T> T execute(Command<T> command) {
        int outer = depth.get();
        depth.set(outer + 1);
        try {
            if (outer == 0) {
                judge(command, Context.getCommandContext());
            }
            return next.execute(command);
        } finally {
            if (outer == 0) {
                depth.remove();
            } else {
                depth.set(outer);
            }
        }
    }

    private void judge(Command<?> command, CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return;
        }
        Person person = Person.of(authentication);
        Class<?> kind = command.getClass();
        if (EngineCommands.isRead(kind)) {
            return;
        }
        if (EngineCommands.isStatistics(kind)) {
            if (!person.isTeamManager() && !person.isAdministrator()) {
                throw notAllowed("Counts across every team's journeys are for managers and administrators.");
            }
            return;
        }
        if (EngineCommands.isOperation(kind)) {
            if (!person.isAdministrator()) {
                throw notAllowed("Suspending, resuming and retrying journeys is for administrators.");
            }
            return;
        }
        if (command instanceof StartProcessInstanceCmd start) {
            starts.check(start, context);
        } else if (command instanceof SubmitStartFormCmd start) {
            starts.check(start, context);
        } else if (command instanceof CompleteTaskCmd completion) {
            taskWork.check(completion, person, context);
        } else if (command instanceof SubmitTaskFormCmd completion) {
            taskWork.check(completion, person, context);
        } else if (command instanceof ClaimTaskCmd claim) {
            taskWork.check(claim, person, context);
        } else if (command instanceof AssignTaskCmd assignment) {
            taskWork.check(assignment, person, context);
        } else {
            log.info("Refused {} to {}: not a step of a journey", kind.getSimpleName(), person.userId());
            throw notAllowed("Journeys are changed only through their own steps: " + kind.getSimpleName()
                    + " is not one of them.");
        }
    }
}
