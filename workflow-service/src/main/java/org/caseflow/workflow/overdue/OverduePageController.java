package org.caseflow.workflow.overdue;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.workflow.overdue.rules.ForecastWindow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /overdue}: the manager's overdue page, the JSON views ({@link OverdueController}) as a
 * page a manager keeps open. The same people may read it, with the same choices of team and
 * journey (plain GET parameters, so a chosen view can be bookmarked), and it reloads itself.
 */
@Controller
class OverduePageController {

    private static final String CHOICE = "[a-z0-9-]{0,60}";
    private static final SecureRandom NONCES = new SecureRandom();

    private final OverdueWork work;
    private final Stages stages;

    OverduePageController(OverdueWork work, Stages stages) {
        this.work = work;
        this.stages = stages;
    }

    @GetMapping("/overdue")
    String page(Authentication caller, Model model, HttpServletResponse response,
            // a blank choice is the form's "all"
            @RequestParam(required = false) @Pattern(regexp = CHOICE, message = "must be a team id such as team-north") String team,
            @RequestParam(required = false) @Pattern(regexp = CHOICE, message = "must be a journey key such as assessment") String journey,
            @RequestParam(defaultValue = "on") @Pattern(regexp = "on|off", message = "must be on or off") String refresh) {
        String chosenTeam = blankAsNone(team);
        String chosenJourney = blankAsNone(journey);
        TeamScope everything = TeamScope.of(caller);
        TeamScope shown = everything.narrowedTo(chosenTeam);

        // read once for all the person may see: the whole gives the teams to choose from, the
        // choice what is shown, and both come from the one moment
        Instant now = work.now();
        ForecastWindow window = work.forecastFrom(now);
        List<TimedTask> late = work.openTimedTasks(now, everything.inView());
        List<DueSoonTask> dueSoon = work.openTasksFallingDue(now, window, everything.inView());

        Predicate<String> teamShown = shown.inView();
        OverdueReport report = OverdueReport.of(now, BusinessDates.dateOf(now), shown.teamsShown(), late.stream()
                .filter(task -> teamShown.test(task.team()) && chosen(chosenJourney, task.journey())).toList());
        OverdueForecast forecast = OverdueForecast.of(now, window, shown.teamsShown(), dueSoon.stream()
                .filter(task -> teamShown.test(task.team()) && chosen(chosenJourney, task.journey())).toList());

        String nonce = nonce();
        // a page of its own: its one stylesheet is inline, and nothing else may load or run
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        model.addAttribute("nonce", nonce);
        model.addAttribute("page", new OverduePage(report, forecast,
                teamsToChoose(everything, late, dueSoon, chosenTeam), stages.namesByKey(),
                chosenTeam, chosenJourney, !"off".equals(refresh)));
        return "overdue";
    }

    /** A manager's own teams; for an administrator, every team with work on the page. */
    private static SortedSet<String> teamsToChoose(TeamScope everything, List<TimedTask> late, List<DueSoonTask> dueSoon, String chosen) {
        SortedSet<String> teams = new TreeSet<>(everything.teamsShown());
        Stream.concat(late.stream().map(TimedTask::team), dueSoon.stream().map(DueSoonTask::team))
                .filter(Objects::nonNull).forEach(teams::add);
        if (chosen != null) {
            teams.add(chosen);
        }
        return teams;
    }

    private static boolean chosen(String journey, String taskJourney) {
        return journey == null || journey.equals(taskJourney);
    }

    private static String blankAsNone(String choice) {
        return choice == null || choice.isBlank() ? null : choice;
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        NONCES.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
