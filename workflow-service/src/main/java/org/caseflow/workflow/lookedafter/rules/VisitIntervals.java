package org.caseflow.workflow.lookedafter.rules;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;

/**
 * Which interval of regulation 28 the next statutory visit to a looked-after child falls under,
 * counted from the last visit: within the first year of a placement, 6 weeks (rule T13); from its
 * first anniversary, 3 months for a placement meant to last until the child is 18 (T14), else still
 * 6 weeks. The interval is the one of the period the last visit fell in: a visit a week before the
 * anniversary makes the next due 6 weeks later, one on the anniversary 3 months later.
 */
public final class VisitIntervals {

    private VisitIntervals() {
    }

    public static StatutoryTimescale after(LocalDate lastVisit, LocalDate placementStart, boolean untilEighteen) {
        boolean firstYear = lastVisit.isBefore(placementStart.plusYears(1));
        return !firstYear && untilEighteen ? StatutoryTimescale.CLA_VISIT_AFTER_FIRST_YEAR : StatutoryTimescale.CLA_VISIT_FIRST_YEAR;
    }
}
