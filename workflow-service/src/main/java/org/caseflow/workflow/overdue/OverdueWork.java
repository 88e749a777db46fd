package org.caseflow.workflow.overdue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.overdue.rules.ForecastWindow;
import org.springframework.stereotype.Component;

/**
 * The open tasks that are past their due date or their follow-up ("at risk") date, and those that
 * fall due soon. Time is the engine's clock, the one its timers run on. Queries run as whoever the
 * engine has signed in, so a person sees only the tasks Camunda's authorizations let them read;
 * with nobody signed in (the metrics) they see all.
 */
@Component
public class OverdueWork {

    private static final List<String> CHILD_VARIABLES = List.of(
            JourneyData.LA_CHILD_ID, JourneyData.CHILD_GIVEN_NAME, JourneyData.CHILD_FAMILY_NAME);

    private final TaskService tasks;
    private final WorkingDayCalendar calendar;
    private final Stages stages;

    OverdueWork(TaskService tasks, WorkingDayCalendar calendar, Stages stages) {
        this.tasks = tasks;
        this.calendar = calendar;
        this.stages = stages;
    }

    /** The engine's present moment, as the timers see it. */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Overdue and at-risk tasks, as they stand at {@code at}, of the teams accepted; most overdue first. */
    public List<TimedTask> openTimedTasks(Instant at, Predicate<String> teams) {
        Date now = Date.from(at);
        LocalDate today = BusinessDates.dateOf(at);
        List<Task> late = tasks.createTaskQuery().active()
                .or().dueBefore(now).followUpBefore(now).endOr()
                .orderByDueDate().asc()
                .list();
        Map<String, String> journeys = stages.keysOf(late.stream().map(Task::getProcessDefinitionId).toList());
        return late.stream()
                .map(task -> timed(task, journeys, now, today))
                .filter(task -> teams.test(task.team()))
                .toList();
    }

    /** The forecast window that opens on the day of {@code at}. */
    public ForecastWindow forecastFrom(Instant at) {
        return ForecastWindow.from(calendar, BusinessDates.dateOf(at));
    }

    /**
     * Tasks not yet overdue at {@code at} whose deadline day falls inside the window, of the teams
     * accepted; soonest due first. At-risk work is among them: it is late unless done too.
     */
    public List<DueSoonTask> openTasksFallingDue(Instant at, ForecastWindow window, Predicate<String> teams) {
        // due dates are the end of the deadline day: before the start of the day after the window
        Date endOfWindow = Date.from(window.lastDay().plusDays(1).atStartOfDay(BusinessDates.LONDON).toInstant());
        List<Task> dueSoon = tasks.createTaskQuery().active()
                .dueAfter(Date.from(at)).dueBefore(endOfWindow)
                .orderByDueDate().asc()
                .list();
        Map<String, String> journeys = stages.keysOf(dueSoon.stream().map(Task::getProcessDefinitionId).toList());
        return dueSoon.stream()
                .filter(task -> window.contains(dateOf(task.getDueDate())))
                .map(task -> fallingDue(task, journeys, window))
                .filter(task -> teams.test(task.team()))
                .toList();
    }

    private TimedTask timed(Task task, Map<String, String> journeys, Date now, LocalDate today) {
        boolean overdue = task.getDueDate() != null && task.getDueDate().before(now);
        LocalDate dueOn = dateOf(task.getDueDate());
        Map<String, Object> child = tasks.getVariables(task.getId(), CHILD_VARIABLES);
        return new TimedTask(task.getId(), task.getTaskDefinitionKey(), stepNameOf(task), journeys.get(task.getProcessDefinitionId()),
                teamOf(task.getId()), task.getAssignee(), (String) child.get(JourneyData.LA_CHILD_ID), nameOf(child),
                dateOf(task.getFollowUpDate()), dueOn,
                overdue ? TaskTiming.OVERDUE : TaskTiming.AT_RISK,
                overdue ? workingDaysSince(dueOn, today) : 0,
                task.getProcessInstanceId());
    }

    private DueSoonTask fallingDue(Task task, Map<String, String> journeys, ForecastWindow window) {
        LocalDate dueOn = dateOf(task.getDueDate());
        Map<String, Object> child = tasks.getVariables(task.getId(), CHILD_VARIABLES);
        return new DueSoonTask(task.getId(), task.getTaskDefinitionKey(), stepNameOf(task), journeys.get(task.getProcessDefinitionId()),
                teamOf(task.getId()), task.getAssignee(), (String) child.get(JourneyData.LA_CHILD_ID), nameOf(child),
                dateOf(task.getFollowUpDate()), dueOn, window.workingDaysLeft(calendar, dueOn),
                task.getProcessInstanceId());
    }

    private String stepNameOf(Task task) {
        return stages.stepName(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /** The team a task belongs to: its candidate group, a managers' group counting for its team. */
    private String teamOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .map(group -> CaseflowGroups.teamManagedBy(group).orElse(group))
                .findFirst()
                .orElse(null);
    }

    private int workingDaysSince(LocalDate dueOn, LocalDate today) {
        // a deadline the loaded bank holidays do not reach is not guessed at
        return calendar.coveredYears().contains(dueOn) && calendar.coveredYears().contains(today)
                ? calendar.workingDaysBetween(dueOn, today) : 0;
    }

    private static String nameOf(Map<String, Object> child) {
        String name = (Objects.toString(child.get(JourneyData.CHILD_GIVEN_NAME), "") + " "
                + Objects.toString(child.get(JourneyData.CHILD_FAMILY_NAME), "")).trim();
        return name.isEmpty() ? null : name;
    }

    private static LocalDate dateOf(Date date) {
        return date == null ? null : BusinessDates.dateOf(date.toInstant());
    }
}
