package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 2889: where present, S47ActualStartDate should be on or after CINreferralDate. */
final class Rule2889Section47BeforeReferral extends CinCensusRule {

    @Override
    public String code() {
        return "2889";
    }

    @Override
    public String message() {
        return "The S47 start date cannot be before the referral date.";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.section47Enquiries().stream()
                        .filter(enquiry -> enquiry.startDate().isBefore(episode.referralDate()))
                        .map(enquiry -> Where.section47(episode, enquiry)))
                .toList();
    }
}
