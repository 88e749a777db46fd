package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.rules.VisitTimeliness;
import org.caseflow.kpi.measures.rules.VisitTimeliness.VisitHistory;
import org.caseflow.kpi.measures.rules.WorkFallingDue;

/**
 * KPI {@code cla-visits-in-timescale} (docs/statutory-rules.md sections 2 and 5): of the statutory visits to
 * looked-after children that fell due in the period, those made by their due date. Each placement is visited by
 * regulation 28 ({@link ClaVisits}: within a week of its start, then 6 weeks, or 3 months from the first
 * anniversary of a placement meant to last until 18), counted from each visit in which the child was seen, as
 * {@link VisitTimeliness#fallingDue} counts every plan's visits. A placement that ends before a visit falls due
 * (the child moved, or left care) has no visit due then: the next placement's first visit is. Placements of
 * children looked after only under short breaks are left out, as another regime times their visits.
 */
public final class ClaVisitsFallingDue {

    private final VisitTimeliness<ClaPlacement> timeliness;

    public ClaVisitsFallingDue(WorkingDayCalendar calendar) {
        this.timeliness = ClaVisits.timeliness(calendar);
    }

    /** Every visit that fell due in the placement, each with the day it was made. */
    public List<WorkFallingDue> of(VisitHistory<ClaPlacement> placement) {
        return placement.plan().legalStatus().isShortBreaks() ? List.of() : timeliness.fallingDue(placement);
    }

    /** The visits that fell due from {@code from} to {@code to}, both included, and those made in timescale. */
    public WorkFallingDue.Count between(Collection<VisitHistory<ClaPlacement>> placements, LocalDate from, LocalDate to) {
        return WorkFallingDue.between(placements.stream().flatMap(placement -> of(placement).stream()).toList(), from, to);
    }
}
