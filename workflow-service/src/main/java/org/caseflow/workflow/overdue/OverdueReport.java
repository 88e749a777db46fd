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

/**
 * A manager's view of work that is overdue or about to be: for each of their teams, the counts,
 * who holds what, and the tasks themselves, most overdue first.
 */
public record OverdueReport(Instant asAt, LocalDate today, int overdue, int atRisk, List<TeamWork> teams) {

    /** One team's late and at-risk work; a worker of {@code null} is the team's unallocated queue. */
    public record TeamWork(String team, int overdue, int atRisk, List<WorkerLoad> workers, List<TimedTask> tasks) {
    }

    public record WorkerLoad(String worker, int overdue, int atRisk) {
    }

    /** Every team named appears, late work or none, so that a clear team shows as clear. */
    static OverdueReport of(Instant asAt, LocalDate today, Collection<String> teams, List<TimedTask> tasks) {
        Map<String, List<TimedTask>> byTeam = new TreeMap<>();
        teams.forEach(team -> byTeam.put(team, new ArrayList<>()));
        tasks.forEach(task -> byTeam.computeIfAbsent(Objects.toString(task.team(), "no team"), team -> new ArrayList<>()).add(task));
        List<TeamWork> teamWork = byTeam.entrySet().stream()
                .map(team -> new TeamWork(team.getKey(), count(team.getValue(), TaskTiming.OVERDUE),
                        count(team.getValue(), TaskTiming.AT_RISK), workersOf(team.getValue()), team.getValue()))
                .toList();
        return new OverdueReport(asAt, today, count(tasks, TaskTiming.OVERDUE), count(tasks, TaskTiming.AT_RISK), teamWork);
    }

    private static List<WorkerLoad> workersOf(List<TimedTask> tasks) {
        Map<String, List<TimedTask>> byWorker = new LinkedHashMap<>();
        tasks.forEach(task -> byWorker.computeIfAbsent(task.assignee(), worker -> new ArrayList<>()).add(task));
        return byWorker.entrySet().stream()
                .map(worker -> new WorkerLoad(worker.getKey(), count(worker.getValue(), TaskTiming.OVERDUE),
                        count(worker.getValue(), TaskTiming.AT_RISK)))
                .toList();
    }

    private static int count(List<TimedTask> tasks, TaskTiming timing) {
        return (int) tasks.stream().filter(task -> task.timing() == timing).count();
    }
}
