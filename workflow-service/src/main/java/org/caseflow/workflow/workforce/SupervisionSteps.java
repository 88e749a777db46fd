package org.caseflow.workflow.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_DATE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISOR;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.caseflow.workflow.workforce.rules.SupervisionIntervals;
import org.springframework.stereotype.Component;

/**
 * A worker's supervision journey as the engine runs it ({@code supervision.bpmn}): each session is
 * recorded by one of the managers of the worker's team, and the next falls due by the interval of
 * the phase the session fell in ({@link SupervisionIntervals}).
 */
@Component("supervisionSteps")
public class SupervisionSteps {

    static final String ASYE_START = "asyeStart";
    /** The worker's team: its managers supervise them and record it. */
    static final String SUPERVISION_TEAM = "supervisionTeam";
    /** The day the journey started counting: the first session is due by the interval from it. */
    static final String SUPERVISION_FROM = "supervisionFrom";

    private final StatutoryClocks clocks;
    private final TeamDirectory teams;

    SupervisionSteps(StatutoryClocks clocks, TeamDirectory teams) {
        this.clocks = clocks;
        this.teams = teams;
    }

    /** The next session is due by the interval of the phase {@code fromVariable} falls in. */
    public void startNextClock(DelegateExecution execution, String fromVariable) {
        TaskInput input = TaskInput.of(execution);
        LocalDate last = input.requiredDate(fromVariable);
        clocks.startWith(execution, "supervision", SupervisionIntervals.after(last, input.date(ASYE_START).orElse(null),
                clocks.timescale(LocalTimescales.SUPERVISION)), fromVariable);
    }

    /** {@code RecordSupervision}, on complete: held by one of the team's managers, not in the future, not before the last. */
    public void checkSession(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String supervisor = input.requiredText(SUPERVISOR);
        String team = input.requiredText(SUPERVISION_TEAM);
        if (!teams.isMemberOf(supervisor, CaseflowGroups.managersOf(team)) || supervisor.equals(input.requiredText(SUPERVISED_WORKER))) {
            throw new RuleViolation(SUPERVISOR, supervisor + " is not one of " + team + "'s managers.");
        }
        LocalDate held = input.requiredDate(SUPERVISION_DATE);
        BusinessDateRules.requireHappened(SUPERVISION_DATE, held, TaskInput.today());
        BusinessDateRules.requireNotBefore(SUPERVISION_DATE, held, "the last session", input.requiredDate("supervisionCountedFrom"));
    }
}
