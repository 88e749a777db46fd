package org.caseflow.workflow.overdue;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workflow/overdue}: what is overdue or about to be in the teams a manager manages
 * (all teams for an administrator), optionally one team of theirs.
 */
@RestController
class OverdueController {

    private final OverdueWork work;

    OverdueController(OverdueWork work) {
        this.work = work;
    }

    @GetMapping("/api/workflow/overdue")
    OverdueReport overdue(Authentication caller,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a team id such as team-north") String team) {
        List<String> groups = CaseflowAuthorities.groupsOf(caller);
        boolean administrator = groups.contains(CaseflowGroups.ADMINISTRATORS);
        Set<String> managed = managedTeams(groups);
        if (team != null && !administrator && !managed.contains(team)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "You do not manage " + team + "; you manage " + (managed.isEmpty() ? "no team" : String.join(", ", managed)) + "."), null);
        }
        Set<String> teamsShown = team != null ? Set.of(team) : managed;
        // an administrator sees every team's work, a task with no team included
        Predicate<String> inView = team == null && administrator ? anyTeam -> true
                : taskTeam -> taskTeam != null && teamsShown.contains(taskTeam);
        Instant now = work.now();
        return OverdueReport.of(now, BusinessDates.dateOf(now), teamsShown, work.openTimedTasks(now, inView));
    }

    /** {@code team-north-managers} makes its members managers of {@code team-north}. */
    private static Set<String> managedTeams(List<String> groups) {
        Set<String> teams = new TreeSet<>();
        groups.forEach(group -> CaseflowGroups.teamManagedBy(group).ifPresent(teams::add));
        return teams;
    }
}
