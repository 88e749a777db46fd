package org.caseflow.workflow.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_APPROVAL_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_HOUSEHOLD_NAME;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_VISIT_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_CHECK_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_RENEWAL_DUE_ON;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DEREGISTRATION_REASON;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.journey.events.fostering.DeregistrationReason;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.fostering.rules.CarerIntervals;
import org.caseflow.workflow.fostering.rules.FosterCarerRules;
import org.caseflow.workflow.identity.TeamDirectory;
import org.caseflow.workflow.rules.RuleViolation;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.springframework.stereotype.Component;

/**
 * A foster carer's journey as the engine runs it ({@code foster-carer.bpmn}): reads what was
 * recorded at approval, at each DBS check, visit and at deregistration, holds it to
 * {@link FosterCarerRules}, and starts the DBS (rule T27) and visit (T28) clocks from the dates
 * actually recorded.
 */
@Component("fosterCarerSteps")
public class FosterCarerSteps {

    /** The fostering service's team: its social workers supervise the carers, its managers approve and deregister them. */
    static final String FOSTERING_TEAM = "team-fostering";
    /** Who approved the carer (the start form's {@code camunda:initiator}). */
    static final String APPROVED_BY = "carerApprovedBy";
    /** {@code RecordDbsCheck}: the check the next one renews, kept on the task before its form overwrites the date. */
    static final String LAST_DBS_CHECK = "lastDbsCheckDate";

    private final FosterCarerRegister register;
    private final TeamDirectory teams;
    private final StatutoryClocks clocks;
    private final WorkingDayCalendar calendar;

    FosterCarerSteps(FosterCarerRegister register, TeamDirectory teams, StatutoryClocks clocks, WorkingDayCalendar calendar) {
        this.register = register;
        this.teams = teams;
        this.clocks = clocks;
        this.calendar = calendar;
    }

    /**
     * The start form: a fostering team manager (or an administrator) approves a household under an
     * id of its own, with a social worker of the team to supervise it. The journey is then known by
     * the carer id.
     */
    public void checkApproval(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        String carerId = input.requiredText(CARER_ID);
        input.requiredText(CARER_HOUSEHOLD_NAME);
        input.requiredChoice(CARER_TYPE, CarerType.class);
        Object approver = execution.getVariable(APPROVED_BY);
        if (approver != null && !teams.isMemberOf(approver.toString(), CaseflowGroups.managersOf(FOSTERING_TEAM))
                && !teams.isMemberOf(approver.toString(), CaseflowGroups.ADMINISTRATORS)) {
            throw new RuleViolation(CARER_ID, "Foster carers are approved by the fostering team's managers.");
        }
        FosterCarerRules.checkApproval(new FosterCarerRules.Approval(carerId, input.requiredDate(CARER_APPROVAL_DATE),
                input.requiredText(SUPERVISING_WORKER), input.date(DBS_CHECK_DATE).orElse(null)), TaskInput.today(),
                id -> register.isKnown(id, execution.getProcessInstanceId()),
                worker -> teams.isSocialWorkerIn(worker, FOSTERING_TEAM));
        execution.setProcessBusinessKey(carerId);
    }

    /** The first DBS check: the renewal of the one recorded at approval (T27), or at once when none was. */
    public void startFirstDbsClock(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        LocalDate lastCheck = input.date(DBS_CHECK_DATE).orElse(null);
        clocks.startWith(execution, "dbsCheck", CarerIntervals.nextDbsCheck(lastCheck, dbsRenewal()),
                lastCheck == null ? CARER_APPROVAL_DATE : DBS_CHECK_DATE);
    }

    /** {@code RecordDbsCheck}, on create: the check a new one must follow, before the form overwrites it. */
    public void rememberLastDbsCheck(DelegateTask task) {
        task.setVariableLocal(LAST_DBS_CHECK, task.getVariable(DBS_CHECK_DATE));
    }

    /** {@code RecordDbsCheck}, on complete: after the check it renews; its own renewal falls due by T27. */
    public void checkDbsCheck(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        LocalDate checked = input.requiredDate(DBS_CHECK_DATE);
        FosterCarerRules.checkDbsCheck(input.date(LAST_DBS_CHECK).orElse(null), checked, TaskInput.today());
        task.getExecution().setVariable(DBS_RENEWAL_DUE_ON, dbsRenewal().deadline(calendar, checked).toString());
    }

    /** {@code RecordCarerSupervisionVisit}, on complete. */
    public void checkVisit(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        FosterCarerRules.checkVisit(input.requiredDate("carerVisitCountedFrom"), input.requiredDate(CARER_VISIT_DATE), TaskInput.today());
    }

    /** {@code RecordCarerDeregistered}, on complete. */
    public void checkDeregistration(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(DEREGISTRATION_REASON, DeregistrationReason.class);
        FosterCarerRules.checkDeregistration(input.requiredDate(CARER_APPROVAL_DATE), input.requiredDate(DEREGISTRATION_DATE),
                TaskInput.today());
    }

    private Timescale dbsRenewal() {
        return clocks.timescale(LocalTimescales.FOSTER_CARER_DBS_RENEWAL);
    }
}
