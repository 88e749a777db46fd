package org.caseflow.workflow.overdue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;

/**
 * Whose late work a caller may see: a manager the teams they manage ({@code team-north-managers}
 * manages {@code team-north}), an administrator every team's, a task with no team included; and,
 * when they ask for one team, that team alone. The JSON views and the page answer alike.
 *
 * @param team the one team asked for, or {@code null} for all the caller's teams
 */
record TeamScope(boolean everyTeam, Set<String> managed, String team) {

    /** The whole of what the caller may see. */
    static TeamScope of(Authentication caller) {
        List<String> groups = CaseflowAuthorities.groupsOf(caller);
        Set<String> managed = new TreeSet<>();
        groups.forEach(group -> CaseflowGroups.teamManagedBy(group).ifPresent(managed::add));
        return new TeamScope(groups.contains(CaseflowGroups.ADMINISTRATORS), Set.copyOf(managed), null);
    }

    /**
     * One team of theirs, or all of them for {@code null}.
     *
     * @throws ErrorResponseException 403 for a team the caller does not manage
     */
    TeamScope narrowedTo(String requested) {
        if (requested == null) {
            return this;
        }
        if (!everyTeam && !managed.contains(requested)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "You do not manage " + requested + "; you manage "
                            + (managed.isEmpty() ? "no team" : String.join(", ", new TreeSet<>(managed))) + "."), null);
        }
        return new TeamScope(everyTeam, managed, requested);
    }

    /** The teams a report names, late work or none, so that a clear team shows as clear. */
    Set<String> teamsShown() {
        return team != null ? Set.of(team) : new TreeSet<>(managed);
    }

    /** Whether a task of this team (or of none, {@code null}) is in view. */
    Predicate<String> inView() {
        if (team == null && everyTeam) {
            return anyTeam -> true;
        }
        Set<String> shown = teamsShown();
        return taskTeam -> taskTeam != null && shown.contains(taskTeam);
    }
}
