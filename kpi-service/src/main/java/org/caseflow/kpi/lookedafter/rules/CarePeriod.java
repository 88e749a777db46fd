package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * A period of care as the measures see it (docs/statutory-rules.md section 5; SSDA903 DECOM to DEC): it
 * starts on the day the child started to be looked after and ends on the day they stopped. A child is
 * looked after at the end of a date ({@link #isOpenOn}) from its start up to the day before it ends: a
 * period that ends on the reporting date is one of the ended ones (the child ceased care that day), not
 * one of the open ones, as the DfE counts children looked after at 31 March. A child who returns later
 * starts a new period.
 *
 * @param legalStatus  the legal status the child was looked after under
 * @param endedOn      null while the child is looked after
 * @param reasonCeased null while the child is looked after
 */
public record CarePeriod(String claPeriodId, String laChildId, LocalDate startedOn, LocalDate endedOn, LegalStatus legalStatus,
        ReasonCeased reasonCeased) implements Involvement {

    /**
     * Looked after only under an agreed series of short-term breaks: left out of the children looked after,
     * entering care and ceasing care (DfE), and of their visits and reviews, which another regime times
     * (regulation 48). Still a child in need.
     */
    public boolean isShortBreaksOnly() {
        return legalStatus.isShortBreaks();
    }

    /** Counted among the children looked after at the end of {@code date}. */
    public boolean isLookedAfterOn(LocalDate date) {
        return !isShortBreaksOnly() && isOpenOn(date);
    }
}
