package org.caseflow.workflow.overdue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.caseflow.workflow.overdue.rules.ForecastWindow;

/**
 * Work that becomes overdue in the next working days unless it is done, for each of a manager's
 * teams and each worker in it, soonest due first: what to chase or reallocate before it is late.
 *
 * @param workingDaysAhead how far ahead the forecast looks, in working days
 * @param lastDay          the last deadline day it covers (today is day 0)
 */
public record OverdueForecast(Instant asAt, LocalDate today, int workingDaysAhead, LocalDate lastDay, int dueSoon,
        List<TeamForecast> teams) {

    /** One team's work falling due; a worker of {@code null} is the team's unallocated queue. */
    public record TeamForecast(String team, int dueSoon, List<WorkerForecast> workers, List<DueSoonTask> tasks) {
    }

    public record WorkerForecast(String worker, int dueSoon) {
    }

    /** Every team named appears, work falling due or none. */
    static OverdueForecast of(Instant asAt, ForecastWindow window, Collection<String> teams, List<DueSoonTask> tasks) {
        Map<String, List<DueSoonTask>> byTeam = new TreeMap<>();
        teams.forEach(team -> byTeam.put(team, new ArrayList<>()));
        tasks.forEach(task -> byTeam.computeIfAbsent(Objects.toString(task.team(), "no team"), team -> new ArrayList<>()).add(task));
        List<TeamForecast> teamForecasts = byTeam.entrySet().stream()
                .map(team -> new TeamForecast(team.getKey(), team.getValue().size(), workersOf(team.getValue()), team.getValue()))
                .toList();
        return new OverdueForecast(asAt, window.today(), ForecastWindow.WORKING_DAYS_AHEAD, window.lastDay(), tasks.size(),
                teamForecasts);
    }

    private static List<WorkerForecast> workersOf(List<DueSoonTask> tasks) {
        Map<String, Integer> byWorker = new LinkedHashMap<>();
        tasks.forEach(task -> byWorker.merge(task.assignee(), 1, Integer::sum));
        return byWorker.entrySet().stream().map(worker -> new WorkerForecast(worker.getKey(), worker.getValue())).toList();
    }
}
