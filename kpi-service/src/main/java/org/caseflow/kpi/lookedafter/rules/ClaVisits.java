package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.VisitTimeliness;

/**
 * Regulation 28 as KPI {@code cla-visits-in-timescale} judges it (docs/statutory-rules.md sections 2 and 5),
 * counted as {@link VisitTimeliness} counts every stage's visits, the child's current placement standing for
 * the plan. A visit is due within 1 week of the start of any placement (rule T12); then, counted from the
 * last visit in which the child was seen, within 6 weeks while that visit fell in the placement's first
 * year (T13), and from its first anniversary within 3 months for a placement meant to last until the child
 * is 18 (T14), else still 6 weeks. The interval is the one of the year the last visit fell in: a visit a
 * week before the anniversary makes the next due 6 weeks later, one on the anniversary 3 months later (the
 * journey's reading, {@code VisitIntervals} in workflow-service). Years run as in section 1: a placement
 * started on 29 February 2024 has its first anniversary on 28 February 2025.
 */
public final class ClaVisits implements VisitTimeliness.Intervals<ClaPlacement> {

    private static final ClaVisits REGULATION_28 = new ClaVisits();

    private ClaVisits() {
    }

    /** The visits of regulation 28, for the days the journey set no due date. */
    public static VisitTimeliness<ClaPlacement> timeliness(WorkingDayCalendar calendar) {
        return VisitTimeliness.by(REGULATION_28, calendar);
    }

    /** Regulation 28's intervals. */
    public static ClaVisits intervals() {
        return REGULATION_28;
    }

    /** The placement's first anniversary, from which T14 may apply. */
    public static LocalDate firstAnniversary(LocalDate placementStartedOn) {
        return placementStartedOn.plusYears(1);
    }

    @Override
    public Timescale first(ClaPlacement placement) {
        return StatutoryTimescale.CLA_VISIT_AFTER_PLACEMENT;
    }

    @Override
    public Timescale after(ClaPlacement placement, LocalDate lastSeenOn) {
        boolean firstYear = lastSeenOn.isBefore(firstAnniversary(placement.startedOn()));
        return !firstYear && placement.untilEighteen() ? StatutoryTimescale.CLA_VISIT_AFTER_FIRST_YEAR
                : StatutoryTimescale.CLA_VISIT_FIRST_YEAR;
    }
}
