package org.caseflow.kpi.supervision.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.caseflow.kpi.measures.rules.WorkFallingDue;

/**
 * KPI {@code supervisions-in-timescale}, for all services and for each, and the supervision of foster carers' case
 * workers (docs/statutory-rules.md section 5): of the supervisions that fell due in the period, the share held by
 * their due date. A supervision falls due each time the worker's supervision journey starts its clock (at the
 * journey's start, then from each session held), by rule T21 in the worker's ASYE or the council's T22 otherwise, on
 * the due date the journey set. It is held in timescale when the worker's next session after the day the clock
 * counts from is on or before that due date: a session on that very day is the one that started the clock, not the
 * next. Judged by business dates, so a session recorded late but dated in time is in time.
 */
public final class SupervisionTimeliness {

    /** A worker's supervision falling due on {@code dueOn}, counted from {@code countedFrom}. */
    public record Due(String worker, LocalDate countedFrom, LocalDate dueOn) {
    }

    /** A worker's supervision session held on {@code heldOn}. */
    public record Held(String worker, LocalDate heldOn) {
    }

    private SupervisionTimeliness() {
    }

    /**
     * Every supervision that fell due, each with the day the session meeting it was held (null: none yet). A due
     * published twice (the same worker, clock start and due date) counts once.
     */
    public static List<WorkFallingDue> fallingDue(Collection<Due> dues, Collection<Held> sessions) {
        Map<String, List<LocalDate>> heldByWorker = sessions.stream().collect(Collectors.groupingBy(Held::worker,
                Collectors.mapping(Held::heldOn, Collectors.toList())));
        return dues.stream().distinct()
                .map(due -> new WorkFallingDue(due.dueOn(), heldByWorker.getOrDefault(due.worker(), List.of()).stream()
                        .filter(held -> held.isAfter(due.countedFrom()))
                        .min(Comparator.naturalOrder())
                        .orElse(null)))
                .toList();
    }

    /**
     * The supervisions of the workers {@code inScope} takes (a service's, or everyone's) that fell due from
     * {@code from} to {@code to}, both included, and those held in timescale.
     */
    public static WorkFallingDue.Count between(Collection<Due> dues, Collection<Held> sessions, Predicate<String> inScope, LocalDate from,
            LocalDate to) {
        return WorkFallingDue.between(fallingDue(dues.stream().filter(due -> inScope.test(due.worker())).toList(), sessions), from, to);
    }
}
