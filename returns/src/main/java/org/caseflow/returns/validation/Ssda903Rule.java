package org.caseflow.returns.validation;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.CareEpisodes;
import org.caseflow.returns.ssda903.Episode;

/** An SSDA903 rule: it reads the child's episodes as the return for the year holds them. */
public abstract class Ssda903Rule implements ValidationRule {

    @Override
    public final StatutoryReturn statutoryReturn() {
        return StatutoryReturn.SSDA903;
    }

    @Override
    public final List<String> failures(ChildRecord child, FinancialYear year) {
        return check(child, CareEpisodes.inYear(child, year), year);
    }

    /** @param episodes the child's episodes open in the year, as at 31 March, in date order */
    protected abstract List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year);
}
