package org.caseflow.kpi.cpplans;

import java.math.BigDecimal;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.population.ChildPopulation;
import org.caseflow.kpi.population.PopulationEstimate;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-rate}: the children on a plan at the end of the reporting date per 10,000 of the
 * 0-17 population of its financial year. Without a population estimate the rate is empty and the
 * count still shown.
 */
@Component
class ChildrenOnPlansRate implements Measure {

    private final CpPlans plans;
    private final ChildPopulation population;

    ChildrenOnPlansRate(CpPlans plans, ChildPopulation population) {
        this.plans = plans;
        this.population = population;
    }

    @Override
    public String measureId() {
        return "cp-rate";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        long children = CpPlan.childrenOnAPlan(plans.openOrEndingOn(period.reportingDate()), period.reportingDate());
        return population.forYear(period.financialYear())
                .map(PopulationEstimate::population)
                .map(childPopulation -> MeasureValue.ratePer10k(children, BigDecimal.ONE, childPopulation, period.atReportingDate()))
                .orElse(new MeasureValue(null, children, null, period.atReportingDate()));
    }
}
