package org.caseflow.workflow.overdue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caseflow.workflow.journey.TimescaleBreaches;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code caseflow.tasks.overdue} (and {@code caseflow.tasks.at-risk}), by task and team, for
 * dashboards and alerts, and {@code caseflow.timers.breached}, the statutory timers fired so far
 * by event and team. Counted across all teams every minute; a task and team once counted stays in
 * the series at 0, so a cleared backlog shows as 0 rather than as a gap.
 */
@Configuration
@EnableScheduling
class OverdueTasksMetric {

    private final OverdueWork work;
    private final TimescaleBreaches breaches;
    private final MultiGauge breached;
    private final MultiGauge overdue;
    private final MultiGauge atRisk;
    private final Map<Tags, Integer> overdueCounts = new HashMap<>();
    private final Map<Tags, Integer> atRiskCounts = new HashMap<>();

    OverdueTasksMetric(OverdueWork work, TimescaleBreaches breaches, MeterRegistry registry) {
        this.work = work;
        this.breaches = breaches;
        // a total that only grows: rate() and increase() over it give breaches per period
        this.breached = MultiGauge.builder("caseflow.timers.breached")
                .description("Statutory timers fired (deadlines missed) since records began").register(registry);
        this.overdue = MultiGauge.builder("caseflow.tasks.overdue")
                .description("Open tasks past their statutory due date").register(registry);
        this.atRisk = MultiGauge.builder("caseflow.tasks.at-risk")
                .description("Open tasks past their follow-up date and not yet due").register(registry);
    }

    @Scheduled(fixedDelayString = "${caseflow.tasks.overdue-refresh:PT1M}", initialDelayString = "PT10S")
    synchronized void refresh() {
        // runs with nobody signed in to the engine, so every team's tasks count
        List<TimedTask> tasks = work.openTimedTasks(work.now(), team -> true);
        publish(overdue, overdueCounts, tasks, TaskTiming.OVERDUE);
        publish(atRisk, atRiskCounts, tasks, TaskTiming.AT_RISK);
        breached.register(breaches.totals().stream()
                .map(total -> MultiGauge.Row.of(Tags.of("event", total.type(), "team", total.team()), total.breaches()))
                .toList(), true);
    }

    private static void publish(MultiGauge gauge, Map<Tags, Integer> counts, List<TimedTask> tasks, TaskTiming timing) {
        counts.replaceAll((tags, count) -> 0);
        tasks.stream().filter(task -> task.timing() == timing)
                .forEach(task -> counts.merge(Tags.of("task", task.task(), "team", Objects.toString(task.team(), "none")), 1, Integer::sum));
        gauge.register(counts.entrySet().stream()
                .map(count -> MultiGauge.Row.of(count.getKey(), count.getValue()))
                .toList(), true);
    }
}
