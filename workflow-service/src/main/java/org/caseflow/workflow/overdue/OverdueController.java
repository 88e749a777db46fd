package org.caseflow.workflow.overdue;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.workflow.overdue.rules.ForecastWindow;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workflow/overdue}: what is overdue or about to be in the teams a manager manages
 * (all teams for an administrator), optionally one team of theirs and one journey (stage); and
 * {@code GET /api/workflow/overdue/forecast}: what becomes overdue in the next 5 working days unless
 * it is done, with the same choices. The page at {@code /overdue} shows both.
 */
@RestController
class OverdueController {

    static final String ID_PATTERN = "[a-z0-9-]{1,60}";

    private final OverdueWork work;

    OverdueController(OverdueWork work) {
        this.work = work;
    }

    @Operation(summary = "Overdue and at-risk work", description = """
            The open timed tasks of the teams you manage (every team, for an administrator) that are overdue or at \
            risk (past their follow-up date), by team and worker, each with the child, its due date and the working \
            days it is late. Narrow it to one of your teams with `team` and to one journey (stage) with `journey`. \
            For team managers, Early Help managers and administrators.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            when = "Your role does not watch overdue work, or you asked for a team you do not manage.",
            detail = "You do not manage team-south; you manage team-north.")
    @GetMapping("/api/workflow/overdue")
    OverdueReport overdue(Authentication caller,
            @RequestParam(required = false) @Pattern(regexp = ID_PATTERN, message = "must be a team id such as team-north") String team,
            @RequestParam(required = false) @Pattern(regexp = ID_PATTERN, message = "must be a journey key such as assessment") String journey) {
        TeamScope scope = TeamScope.of(caller).narrowedTo(team);
        Instant now = work.now();
        List<TimedTask> late = work.openTimedTasks(now, scope.inView()).stream()
                .filter(task -> journey == null || journey.equals(task.journey()))
                .toList();
        return OverdueReport.of(now, BusinessDates.dateOf(now), scope.teamsShown(), late);
    }

    @Operation(summary = "The forecast: work that becomes overdue in the next 5 working days", description = """
            The open timed tasks of the teams you manage that fall due from today to the fifth working day after it \
            (bank holidays skipped) unless they are done, by team and worker, each with the working days left. The \
            same `team` and `journey` choices, and the same people, as the overdue work.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            when = "Your role does not watch overdue work, or you asked for a team you do not manage.",
            detail = "You do not manage team-south; you manage team-north.")
    @GetMapping("/api/workflow/overdue/forecast")
    OverdueForecast forecast(Authentication caller,
            @RequestParam(required = false) @Pattern(regexp = ID_PATTERN, message = "must be a team id such as team-north") String team,
            @RequestParam(required = false) @Pattern(regexp = ID_PATTERN, message = "must be a journey key such as assessment") String journey) {
        TeamScope scope = TeamScope.of(caller).narrowedTo(team);
        Instant now = work.now();
        ForecastWindow window = work.forecastFrom(now);
        List<DueSoonTask> dueSoon = work.openTasksFallingDue(now, window, scope.inView()).stream()
                .filter(task -> journey == null || Objects.equals(journey, task.journey()))
                .toList();
        return OverdueForecast.of(now, window, scope.teamsShown(), dueSoon);
    }
}
