package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * Where a looked-after child lived from a date (docs/statutory-rules.md section 5): a placement of a period
 * of care, from its start until the next placement of the period starts or the period ends. A child is in
 * it at the end of a date ({@link #isOpenOn}) from its start up to the day before it ends, so on the day a
 * child moves they are in the new placement, and on the day care ends in none.
 *
 * @param legalStatus   the period's
 * @param endedOn       the day the next placement started or the period ended; null while it goes on
 * @param untilEighteen meant to last until the child is 18 (visits after its first year, rule T14)
 */
public record ClaPlacement(String claPeriodId, String laChildId, LegalStatus legalStatus, LocalDate startedOn, LocalDate endedOn,
        PlacementType type, PlacementProvider provider, boolean untilEighteen) implements Involvement {

    /** The placement of a child looked after at the end of {@code date} ({@link CarePeriod#isLookedAfterOn}). */
    public boolean isOfAChildLookedAfterOn(LocalDate date) {
        return !legalStatus.isShortBreaks() && isOpenOn(date);
    }
}
