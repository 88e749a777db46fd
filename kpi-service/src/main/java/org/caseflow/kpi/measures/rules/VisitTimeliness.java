package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * Statutory visits (docs/statutory-rules.md sections 2 and 5). The next visit is due an interval
 * ({@link Intervals}) after the last visit in which the child was seen, or after the plan's (the placement's)
 * start while there has been none since it. Two measures judge by it:
 * <ul>
 *   <li>as a snapshot of children, KPI {@code cp-visits-in-timescale} by the council's rule T10 and KPI
 *       {@code cin-visits-in-timescale} by its rule T11: a child on a plan at the end of the reporting date
 *       is in timescale when their next visit is not overdue that day, that is, when the reporting date is on
 *       or before its due date ({@link #count});</li>
 *   <li>as the visits that fell due in a period, KPI {@code cla-visits-in-timescale} by regulation 28 (rules
 *       T12 to T14, a looked-after child's placement standing for the plan): each visit due, from the plan's
 *       start and then from each visit in which the child was seen, made by its due date or not
 *       ({@link #fallingDue}).</li>
 * </ul>
 *
 * <p>The due date is the one the journey set when it started that clock, so that a council changing
 * its interval does not change the months before; for a clock the journey gave no due date, it is
 * counted here with the interval.
 *
 * @param <P> what the child is visited on: a plan, or a looked-after child's placement
 */
public final class VisitTimeliness<P extends Involvement> {

    /**
     * A plan with what its visits are judged by.
     *
     * @param firstVisitDueOn  the first visit's due date as the journey set it, if it did
     * @param lastSeenOn       the last visit on or before the reporting date in which the child was seen; null for none
     * @param dueAfterLastSeen the next visit's due date as the journey set it from {@code lastSeenOn}, if it did
     */
    public record PlanVisits<P extends Involvement>(P plan, LocalDate firstVisitDueOn, LocalDate lastSeenOn, LocalDate dueAfterLastSeen) {
    }

    /**
     * A visit in which the child was seen.
     *
     * @param nextDueOn the next visit's due date as the journey set it from this one, if it did
     */
    public record SeenVisit(LocalDate visitedOn, LocalDate nextDueOn) {
    }

    /**
     * A plan with every visit in which the child was seen, in it or not (those outside the plan's days are
     * not looked at).
     *
     * @param firstVisitDueOn the first visit's due date as the journey set it, if it did
     */
    public record VisitHistory<P extends Involvement>(P plan, LocalDate firstVisitDueOn, List<SeenVisit> seen) {

        public VisitHistory {
            seen = List.copyOf(seen);
        }
    }

    /** The timescales a visit is due by, where the journey set no due date. */
    public interface Intervals<P extends Involvement> {

        /** The first visit's, counted from the start of {@code plan}. */
        Timescale first(P plan);

        /** The next visit's, counted from {@code lastSeenOn}, a visit on or after the start of {@code plan}. */
        Timescale after(P plan, LocalDate lastSeenOn);
    }

    private final Intervals<P> intervals;
    private final WorkingDayCalendar calendar;

    private VisitTimeliness(Intervals<P> intervals, WorkingDayCalendar calendar) {
        this.intervals = Objects.requireNonNull(intervals, "intervals");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Visits to a child on a child protection plan, by the council's rule T10. */
    public static VisitTimeliness<Involvement> childProtection(Timescale t10, WorkingDayCalendar calendar) {
        return new VisitTimeliness<>(every(LocalTimescales.CP_VISIT, t10), calendar);
    }

    /** Visits to a child on a child in need plan, by the council's rule T11. */
    public static VisitTimeliness<Involvement> childInNeed(Timescale t11, WorkingDayCalendar calendar) {
        return new VisitTimeliness<>(every(LocalTimescales.CIN_VISIT, t11), calendar);
    }

    /** Visits timed by {@code intervals}, which a stage with more than one interval (regulation 28) names. */
    public static <P extends Involvement> VisitTimeliness<P> by(Intervals<P> intervals, WorkingDayCalendar calendar) {
        return new VisitTimeliness<>(intervals, calendar);
    }

    /** The same interval for every visit, that of {@code rule}. */
    private static Intervals<Involvement> every(String rule, Timescale interval) {
        if (!rule.equals(interval.id())) {
            throw new IllegalArgumentException("These visits are timed by rule " + rule + ", not " + interval.id());
        }
        return new Intervals<>() {
            @Override
            public Timescale first(Involvement plan) {
                return interval;
            }

            @Override
            public Timescale after(Involvement plan, LocalDate lastSeenOn) {
                return interval;
            }
        };
    }

    public LocalDate nextVisitDue(PlanVisits<? extends P> visits) {
        P plan = visits.plan();
        LocalDate lastSeen = visits.lastSeenOn();
        if (lastSeen != null && !lastSeen.isBefore(plan.startedOn())) {
            return visits.dueAfterLastSeen() != null ? visits.dueAfterLastSeen()
                    : intervals.after(plan, lastSeen).deadline(calendar, lastSeen);
        }
        return visits.firstVisitDueOn() != null ? visits.firstVisitDueOn()
                : intervals.first(plan).deadline(calendar, plan.startedOn());
    }

    public boolean inTimescaleOn(LocalDate reportingDate, PlanVisits<? extends P> visits) {
        return !reportingDate.isAfter(nextVisitDue(visits));
    }

    /**
     * Every visit that fell due on the plan, each with the day it was made. The first is due after the plan's
     * start, and each visit in which the child was seen starts the clock again; the visit that meets a clock is
     * the next one in which the child was seen (on or after the start day for the first, after the visit before
     * for the rest; two on one day are one). A visit falls due only while the child is on the plan: when the plan
     * ends (the child moved placement, or left care) on or before a due date with the visit not yet made, that
     * visit never fell due here, as the next plan's first visit is due instead.
     */
    public List<WorkFallingDue> fallingDue(VisitHistory<? extends P> history) {
        P plan = history.plan();
        Map<LocalDate, SeenVisit> seenOnThePlan = new TreeMap<>();
        for (SeenVisit visit : history.seen()) {
            if (isOnThePlan(plan, visit.visitedOn())) {
                seenOnThePlan.merge(visit.visitedOn(), visit, VisitTimeliness::laterClock);
            }
        }
        List<WorkFallingDue> due = new ArrayList<>();
        LocalDate dueOn = nextVisitDue(new PlanVisits<>(plan, history.firstVisitDueOn(), null, null));
        for (SeenVisit visit : seenOnThePlan.values()) {
            judge(plan, dueOn, visit.visitedOn(), due);
            dueOn = nextVisitDue(new PlanVisits<>(plan, history.firstVisitDueOn(), visit.visitedOn(), visit.nextDueOn()));
        }
        judge(plan, dueOn, null, due);
        return due;
    }

    /** Of two visits on one day, the one whose clock the journey set, the later if it set both (it counts from the same day). */
    private static SeenVisit laterClock(SeenVisit one, SeenVisit other) {
        if (one.nextDueOn() == null || other.nextDueOn() == null) {
            return one.nextDueOn() == null ? other : one;
        }
        return one.nextDueOn().isAfter(other.nextDueOn()) ? one : other;
    }

    private static boolean isOnThePlan(Involvement plan, LocalDate day) {
        return !day.isBefore(plan.startedOn()) && (plan.endedOn() == null || day.isBefore(plan.endedOn()));
    }

    /** A visit due on {@code dueOn}, next made on {@code madeOn} (null: not yet), if it fell due on the plan. */
    private static void judge(Involvement plan, LocalDate dueOn, LocalDate madeOn, List<WorkFallingDue> due) {
        WorkFallingDue visit = new WorkFallingDue(dueOn, madeOn);
        if (visit.doneInTimescale() || plan.isOpenOn(dueOn)) {
            due.add(visit);
        }
    }

    /** Of the children on a plan at the end of {@code reportingDate}, those whose visits are in timescale. */
    public ChildrenInTimescale count(Collection<? extends PlanVisits<? extends P>> plans, LocalDate reportingDate) {
        return ChildrenInTimescale.count(plans.stream().filter(visits -> visits.plan().isOpenOn(reportingDate)).toList(),
                visits -> visits.plan().laChildId(), visits -> inTimescaleOn(reportingDate, visits));
    }
}
