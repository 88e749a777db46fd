package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8875: DateOfInitialCPC should not be a Saturday or a Sunday. */
final class Rule8875IcpcOnWeekend extends CinCensusRule {

    @Override
    public String code() {
        return "8875";
    }

    @Override
    public String message() {
        return "The Date of Initial Child Protection Conference cannot be a weekend";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.section47Enquiries().stream()
                        .filter(enquiry -> enquiry.icpcDate() != null && Weekends.isWeekend(enquiry.icpcDate()))
                        .map(enquiry -> Where.section47(episode, enquiry)))
                .toList();
    }
}
