package org.caseflow.kpi.oversight;

import java.util.List;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.Breakdown;
import org.springframework.stereotype.Component;

/**
 * KPI {@code decisions-with-oversight}: decisions at the points where a manager decides or endorses,
 * made in the month with the manager named and their direction in words, broken down by the team whose work
 * it was (every team that has had one, in order, so that the shape is the same each month).
 */
@Component
class DecisionsWithOversight implements Measure {

    private final OversightFacts facts;

    DecisionsWithOversight(OversightFacts facts) {
        this.facts = facts;
    }

    @Override
    public String measureId() {
        return "decisions-with-oversight";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<String> decisions = facts.teamsOfRecordedBetween(period.monthStart(), period.reportingDate());
        return MeasureValue.countByCategory(decisions.size(), Breakdown.of(decisions, team -> team, facts.teams(), team -> team),
                period.inMonth());
    }
}
