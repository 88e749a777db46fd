package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A child and family assessment (CIN census Assessments; Annex A list 4).
 *
 * @param authorisationDate the day it was authorised (complete); null while it is open
 * @param factors           the factors identified at its end
 * @param childSeen         the child was seen during it; null when not recorded
 * @param needsSupport      it found the child needs children's social care support; null when not recorded
 */
public record Assessment(LocalDate startDate, LocalDate authorisationDate, List<AssessmentFactor> factors, Boolean childSeen,
        Boolean needsSupport) {

    public Assessment {
        factors = Copies.of(factors);
    }
}
