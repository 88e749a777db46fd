package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * A plan's statutory visits as a snapshot of children (docs/statutory-rules.md sections 2 and 5):
 * KPI {@code cp-visits-in-timescale} by the council's rule T10, KPI {@code cin-visits-in-timescale}
 * by its rule T11. A child on a plan at the end of the reporting date is in timescale when their next
 * visit is not overdue that day, that is, when the reporting date is on or before its due date. The
 * next visit is due the council's interval after the last visit in which the child was seen, or after
 * the plan's start while there has been none.
 *
 * <p>The due date is the one the journey set when it started that clock, so that a council changing
 * its interval does not change the months before; for a clock the journey gave no due date, it is
 * counted here with the council's interval.
 */
public final class VisitTimeliness {

    /**
     * A plan with what its visits are judged by.
     *
     * @param firstVisitDueOn  the first visit's due date as the journey set it, if it did
     * @param lastSeenOn       the last visit on or before the reporting date in which the child was seen; null for none
     * @param dueAfterLastSeen the next visit's due date as the journey set it from {@code lastSeenOn}, if it did
     */
    public record PlanVisits(Involvement plan, LocalDate firstVisitDueOn, LocalDate lastSeenOn, LocalDate dueAfterLastSeen) {
    }

    private final Timescale interval;
    private final WorkingDayCalendar calendar;

    private VisitTimeliness(String rule, Timescale interval, WorkingDayCalendar calendar) {
        if (!rule.equals(interval.id())) {
            throw new IllegalArgumentException("These visits are timed by rule " + rule + ", not " + interval.id());
        }
        this.interval = interval;
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Visits to a child on a child protection plan, by the council's rule T10. */
    public static VisitTimeliness childProtection(Timescale t10, WorkingDayCalendar calendar) {
        return new VisitTimeliness(LocalTimescales.CP_VISIT, t10, calendar);
    }

    /** Visits to a child on a child in need plan, by the council's rule T11. */
    public static VisitTimeliness childInNeed(Timescale t11, WorkingDayCalendar calendar) {
        return new VisitTimeliness(LocalTimescales.CIN_VISIT, t11, calendar);
    }

    public LocalDate nextVisitDue(PlanVisits visits) {
        LocalDate lastSeen = visits.lastSeenOn();
        if (lastSeen != null && !lastSeen.isBefore(visits.plan().startedOn())) {
            return visits.dueAfterLastSeen() != null ? visits.dueAfterLastSeen() : interval.deadline(calendar, lastSeen);
        }
        return visits.firstVisitDueOn() != null ? visits.firstVisitDueOn() : interval.deadline(calendar, visits.plan().startedOn());
    }

    public boolean inTimescaleOn(LocalDate reportingDate, PlanVisits visits) {
        return !reportingDate.isAfter(nextVisitDue(visits));
    }

    /** Of the children on a plan at the end of {@code reportingDate}, those whose visits are in timescale. */
    public ChildrenInTimescale count(Collection<PlanVisits> plans, LocalDate reportingDate) {
        return ChildrenInTimescale.count(plans.stream().filter(visits -> visits.plan().isOpenOn(reportingDate)).toList(),
                visits -> visits.plan().laChildId(), visits -> inTimescaleOn(reportingDate, visits));
    }
}
