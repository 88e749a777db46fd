package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8840: a child protection plan does not end on the day it started. */
final class Rule8840PlanStartsAndEndsSameDay extends CinCensusRule {

    @Override
    public String code() {
        return "8840";
    }

    @Override
    public String message() {
        return "Child Protection Plan cannot start and end on the same day";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream()
                        .filter(plan -> plan.startDate().equals(plan.endDate()))
                        .map(plan -> Where.cpPlan(episode, plan)))
                .toList();
    }
}
