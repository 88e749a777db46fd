package org.caseflow.kpi.fostering.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.measures.rules.WorkFallingDue;

/**
 * KPIs {@code carer-supervision-in-house} and {@code carer-supervision-kinship} (docs/statutory-rules.md section 5): of
 * the supervisory visits to foster carers of one type that fell due in the period, the share made by their due date.
 * A visit falls due each time the carer's journey starts its clock (at approval, then from each visit made), on the
 * due date the journey set (the council's rule T28). It is met by the carer's next visit after the visit the clock
 * counts from; the first, counted from the approval, by the first visit on or after the day of approval, since the
 * journey accepts a visit that very day. A visit falls due only while the carer is approved: one due on or after the
 * day of deregistration, not made by then, never fell due, as deregistration stops every clock. Judged by business
 * dates, so a visit recorded late but dated in time is in time.
 */
public final class CarerVisitTimeliness {

    /**
     * A supervisory visit to {@code carer} falling due on {@code dueOn}, counted from {@code countedFrom}.
     *
     * @param countedFromAVisit whether the clock counts from a visit made on {@code countedFrom}, rather than from the
     *                          approval
     */
    public record Due(Carer carer, LocalDate countedFrom, LocalDate dueOn, boolean countedFromAVisit) {

        /** Whether a visit on {@code visitedOn} is one after the clock started: the visit that started it is not. */
        boolean isMetBy(LocalDate visitedOn) {
            return countedFromAVisit ? visitedOn.isAfter(countedFrom) : !visitedOn.isBefore(countedFrom);
        }
    }

    /** A supervisory visit to a carer, made on {@code visitedOn}. */
    public record Visit(String carerId, LocalDate visitedOn) {
    }

    private CarerVisitTimeliness() {
    }

    /**
     * Every visit that fell due, each with the day the visit meeting it was made (null: none yet). A due published
     * twice (the same carer, clock start and due date) counts once.
     */
    public static List<WorkFallingDue> fallingDue(Collection<Due> dues, Collection<Visit> visits) {
        Map<String, List<LocalDate>> visitsByCarer = visits.stream().collect(Collectors.groupingBy(Visit::carerId,
                Collectors.mapping(Visit::visitedOn, Collectors.toList())));
        List<WorkFallingDue> fellDue = new ArrayList<>();
        for (Due due : new LinkedHashSet<>(dues)) {
            LocalDate metOn = metOn(due, visitsByCarer.getOrDefault(due.carer().carerId(), List.of()));
            WorkFallingDue visit = new WorkFallingDue(due.dueOn(), metOn);
            // deregistration stopped the clock of a visit still owed: it never fell due
            if (visit.doneInTimescale() || due.carer().isApprovedOn(due.dueOn())) {
                fellDue.add(visit);
            }
        }
        return fellDue;
    }

    /** The visits to {@code type} carers that fell due from {@code from} to {@code to}, both included, and those made in timescale. */
    public static WorkFallingDue.Count between(Collection<Due> dues, Collection<Visit> visits, CarerType type, LocalDate from,
            LocalDate to) {
        return WorkFallingDue.between(fallingDue(dues.stream().filter(due -> due.carer().type() == type).toList(), visits), from, to);
    }

    private static LocalDate metOn(Due due, List<LocalDate> visitsToTheCarer) {
        return visitsToTheCarer.stream().filter(due::isMetBy).min(Comparator.naturalOrder()).orElse(null);
    }
}
