package org.caseflow.workflow.overdue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseflow.journey.events.BusinessDates;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the overdue page shows, and the words and links it shows them with: the same report and
 * forecast the JSON views answer for the same choices, and the choices themselves. Public, as the
 * page's template reads it.
 *
 * @param teams      the teams the person may choose from
 * @param stages     the journeys they may choose from, key to name
 * @param team       the team chosen, or {@code null} for all of theirs
 * @param journey    the journey chosen, or {@code null} for every one
 * @param refreshing whether the page reloads itself
 */
public record OverduePage(OverdueReport report, OverdueForecast forecast, SortedSet<String> teams, Map<String, String> stages,
        String team, String journey, boolean refreshing) {

    /**
     * Five minutes: work turns overdue a day at a time, but a manager watching the page should see
     * a task leave it soon after it is done, without the page reloading under them as they read.
     */
    public static final int REFRESH_SECONDS = 300;
    public static final String REFRESH_IN_WORDS = "5 minutes";

    private static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    public int refreshSeconds() {
        return REFRESH_SECONDS;
    }

    public String refreshInWords() {
        return REFRESH_IN_WORDS;
    }

    /** Each team shown, with its late work and its work falling due, in the order of their ids. */
    public List<TeamSection> sections() {
        Map<String, OverdueReport.TeamWork> late = report.teams().stream()
                .collect(Collectors.toMap(OverdueReport.TeamWork::team, Function.identity()));
        Map<String, OverdueForecast.TeamForecast> soon = forecast.teams().stream()
                .collect(Collectors.toMap(OverdueForecast.TeamForecast::team, Function.identity()));
        Map<String, TeamSection> sections = new TreeMap<>();
        Stream.concat(late.keySet().stream(), soon.keySet().stream())
                .forEach(name -> sections.computeIfAbsent(name, key -> TeamSection.of(key, late.get(key), soon.get(key))));
        return List.copyOf(sections.values());
    }

    public String asAt() {
        return MOMENT.format(report.asAt().atZone(BusinessDates.LONDON));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String stageName(String key) {
        return key == null ? "" : stages.getOrDefault(key, key);
    }

    public String workerName(String worker) {
        return worker == null ? "Unallocated (team queue)" : worker;
    }

    /** The task opened in Tasklist, which the gateway serves beside this page. */
    public String tasklistLink(String taskId) {
        return TASKLIST_TASK + taskId;
    }

    /** This page with the same choices, reloading itself or not. */
    public String linkRefreshing(boolean refresh) {
        return query(UriComponentsBuilder.fromPath("/overdue"))
                .queryParamIfPresent("refresh", refresh ? Optional.empty() : Optional.of("off"))
                .build().encode().toUriString();
    }

    /** The same data as JSON. */
    public String reportLink() {
        return query(UriComponentsBuilder.fromPath("/api/workflow/overdue")).build().encode().toUriString();
    }

    public String forecastLink() {
        return query(UriComponentsBuilder.fromPath("/api/workflow/overdue/forecast")).build().encode().toUriString();
    }

    /** What is shown, in words, for the page's title and heading. */
    public String scopeInWords() {
        String teamWords = team != null ? team : teams.isEmpty() ? "your teams" : "all your teams";
        return journey != null ? teamWords + ", " + stageName(journey) : teamWords;
    }

    private UriComponentsBuilder query(UriComponentsBuilder path) {
        return path.queryParamIfPresent("team", Optional.ofNullable(team))
                .queryParamIfPresent("journey", Optional.ofNullable(journey));
    }
}
