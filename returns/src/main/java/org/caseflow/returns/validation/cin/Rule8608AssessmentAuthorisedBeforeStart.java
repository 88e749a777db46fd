package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8608: an assessment, where authorised, is authorised on or after the day it started. */
final class Rule8608AssessmentAuthorisedBeforeStart extends CinCensusRule {

    @Override
    public String code() {
        return "8608";
    }

    @Override
    public String message() {
        return "Assessment Start Date cannot be later than its End Date";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.assessments().stream()
                        .filter(assessment -> assessment.authorisationDate() != null
                                && assessment.authorisationDate().isBefore(assessment.startDate()))
                        .map(assessment -> Where.assessment(episode, assessment)))
                .toList();
    }
}
