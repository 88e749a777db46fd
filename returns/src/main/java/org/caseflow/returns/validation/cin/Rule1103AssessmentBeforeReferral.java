package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 1103: where present, AssessmentActualStartDate should be on or after CINreferralDate. */
final class Rule1103AssessmentBeforeReferral extends CinCensusRule {

    @Override
    public String code() {
        return "1103";
    }

    @Override
    public String message() {
        return "The assessment start date cannot be before the referral date";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.assessments().stream()
                        .filter(assessment -> assessment.startDate().isBefore(episode.referralDate()))
                        .map(assessment -> Where.assessment(episode, assessment)))
                .toList();
    }
}
