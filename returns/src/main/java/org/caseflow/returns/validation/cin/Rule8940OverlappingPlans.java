package org.caseflow.returns.validation.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.validation.CinCensusRule;
import org.caseflow.returns.validation.Where;

/**
 * 8940: no child protection plan starts on or after the start of another of the child's plans and on or
 * before its end (or, for a plan still open, on or before the reference date, 31 March). The DfE counts
 * the end day in: a plan may not start on the day another ended.
 */
final class Rule8940OverlappingPlans extends CinCensusRule {

    @Override
    public String code() {
        return "8940";
    }

    @Override
    public String message() {
        return "Child Protection Plan data contains overlapping dates";
    }

    @Override
    protected List<String> check(ChildRecord inCensus, FinancialYear year) {
        List<Map.Entry<CinEpisode, CpPlan>> plans = inCensus.cinEpisodes().stream()
                .flatMap(episode -> episode.cpPlans().stream().map(plan -> Map.entry(episode, plan)))
                .toList();
        return plans.stream()
                .filter(plan -> plans.stream().anyMatch(other -> other != plan && startsWithin(plan.getValue(), other.getValue(), year)))
                .map(plan -> Where.cpPlan(plan.getKey(), plan.getValue()))
                .toList();
    }

    private static boolean startsWithin(CpPlan plan, CpPlan other, FinancialYear year) {
        LocalDate until = other.endDate() != null ? other.endDate() : year.end();
        return !plan.startDate().isBefore(other.startDate()) && !plan.startDate().isAfter(until);
    }
}
