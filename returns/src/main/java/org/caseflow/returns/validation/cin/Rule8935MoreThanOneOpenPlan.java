package org.caseflow.returns.validation.cin;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8935: a child has at most one child protection plan with no end date, across all their episodes;
 * when there are more, each open plan is reported.
 */
final class Rule8935MoreThanOneOpenPlan extends CinCensusRule {

    @Override
    public String code() {
        return "8935";
    }

    @Override
    public String message() {
        return "This child is showing more than one open Child Protection plan, i.e. with no End Date";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        List<String> open = inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream()
                        .filter(plan -> plan.endDate() == null)
                        .map(plan -> Where.cpPlan(episode, plan)))
                .toList();
        return open.size() > 1 ? open : List.of();
    }
}
