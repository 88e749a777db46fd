package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8841: within a ChildProtectionPlans group, no CPPreviewDate may be the same as or before
 * CPPstartDate: a review out of order with the plan it reviews.
 */
final class Rule8841ReviewOnOrBeforePlanStart extends CinCensusRule {

    @Override
    public String code() {
        return "8841";
    }

    @Override
    public String message() {
        return "The review date cannot be on the same day or before the Child protection Plan start date.";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream()
                        .flatMap(plan -> plan.reviewDates().stream()
                                .filter(review -> !review.isAfter(plan.startDate()))
                                .map(review -> Where.review(episode, plan, review))))
                .toList();
    }
}
