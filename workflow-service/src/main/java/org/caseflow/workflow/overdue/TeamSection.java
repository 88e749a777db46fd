package org.caseflow.workflow.overdue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.workflow.overdue.OverdueForecast.TeamForecast;
import org.caseflow.workflow.overdue.OverdueReport.TeamWork;

/**
 * One team on the overdue page: its late and at-risk work and its work falling due, side by side
 * for each worker, so that a manager sees who is behind and who is about to be.
 */
public record TeamSection(String team, TeamWork late, TeamForecast dueSoon) {

    /** A worker's counts; a worker of {@code null} is the team's unallocated queue. */
    public record WorkerRow(String worker, int overdue, int atRisk, int dueSoon) {
    }

    static TeamSection of(String team, TeamWork late, TeamForecast dueSoon) {
        return new TeamSection(team,
                late != null ? late : new TeamWork(team, 0, 0, List.of(), List.of()),
                dueSoon != null ? dueSoon : new TeamForecast(team, 0, List.of(), List.of()));
    }

    /** Workers with late work first, most overdue first, as the report lists them; then those with work falling due. */
    public List<WorkerRow> workers() {
        Map<String, WorkerRow> rows = new LinkedHashMap<>();
        late.workers().forEach(load -> rows.put(load.worker(), new WorkerRow(load.worker(), load.overdue(), load.atRisk(), 0)));
        dueSoon.workers().forEach(soon -> rows.merge(soon.worker(), new WorkerRow(soon.worker(), 0, 0, soon.dueSoon()),
                (known, added) -> new WorkerRow(known.worker(), known.overdue(), known.atRisk(), added.dueSoon())));
        return new ArrayList<>(rows.values());
    }

    /** The section's id on the page: a team id is one already, "no team" is made one. */
    public String anchor() {
        return "team-" + team.replaceAll("[^a-z0-9-]", "-");
    }

    public boolean clear() {
        return late.tasks().isEmpty() && dueSoon.tasks().isEmpty();
    }
}
