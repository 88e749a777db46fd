package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8870Q (a query): InitialCPCtarget should not be a Saturday or a Sunday. A target counted in working
 * days never is, so this catches a target typed in by hand or counted in calendar days.
 */
final class Rule8870QIcpcTargetOnWeekend extends CinCensusRule {

    @Override
    public String code() {
        return "8870Q";
    }

    @Override
    public String message() {
        return "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.section47Enquiries().stream()
                        .filter(enquiry -> enquiry.icpcTargetDate() != null && Weekends.isWeekend(enquiry.icpcTargetDate()))
                        .map(enquiry -> Where.section47(episode, enquiry)))
                .toList();
    }
}
