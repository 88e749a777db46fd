package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/** 8925: if present, CPPendDate must be on or after CPPstartDate. */
final class Rule8925PlanEndBeforeStart extends CinCensusRule {

    @Override
    public String code() {
        return "8925";
    }

    @Override
    public String message() {
        return "Child Protection Plan End Date earlier than Start Date";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        return inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream()
                        .filter(plan -> plan.endDate() != null && plan.endDate().isBefore(plan.startDate()))
                        .map(plan -> Where.cpPlan(episode, plan)))
                .toList();
    }
}
