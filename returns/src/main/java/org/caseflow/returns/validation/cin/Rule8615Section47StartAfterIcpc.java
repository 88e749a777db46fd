package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8615: within a Section47 group, if DateOfInitialCPC is present then S47ActualStartDate must be
 * present and on or before it: a conference cannot come before the enquiry that led to it.
 */
final class Rule8615Section47StartAfterIcpc extends CinCensusRule {

    @Override
    public String code() {
        return "8615";
    }

    @Override
    public String message() {
        return "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.section47Enquiries().stream()
                        .filter(enquiry -> enquiry.icpcDate() != null
                                && (enquiry.startDate() == null || enquiry.startDate().isAfter(enquiry.icpcDate())))
                        .map(enquiry -> Where.section47(episode, enquiry)))
                .toList();
    }
}
