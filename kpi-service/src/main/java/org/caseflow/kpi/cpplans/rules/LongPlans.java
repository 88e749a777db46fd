package org.caseflow.kpi.cpplans.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How long a plan has lasted, for KPIs {@code cp-plans-ended-2-years} and {@code cp-over-2-years}
 * (docs/statutory-rules.md section 5). Two years from a plan's start run to the same day two years
 * later, or to 28 February for a plan started on 29 February ({@code LocalDate.plusYears}, as months
 * are counted in section 1). The two measures differ at exactly two years, as their words do: an
 * ended plan "lasted 2 years or more" on its second anniversary (the DfE's wording), while a child is
 * "on a plan for over 2 years" only from the day after it (the report's wording).
 */
public final class LongPlans {

    private static final int YEARS = 2;

    /** Ended plans that lasted 2 years or more, out of the plans ended. */
    public record EndedCount(long twoYearsOrMore, long ended) {
    }

    private LongPlans() {
    }

    /** The plan's second anniversary. */
    public static LocalDate twoYearsFrom(LocalDate startedOn) {
        return startedOn.plusYears(YEARS);
    }

    /** Ended on or after its second anniversary; a plan still open has not ended at all. */
    public static boolean lastedTwoYearsOrMore(CpPlan plan) {
        return plan.endedOn() != null && !plan.endedOn().isBefore(twoYearsFrom(plan.startedOn()));
    }

    /** Open at the end of {@code date}, and {@code date} is after its second anniversary. */
    public static boolean isOverTwoYearsOn(CpPlan plan, LocalDate date) {
        return plan.isOpenOn(date) && date.isAfter(twoYearsFrom(plan.startedOn()));
    }

    /** Of {@code ended}, the plans ended in a period, how many lasted 2 years or more. */
    public static EndedCount countEnded(Collection<CpPlan> ended) {
        return new EndedCount(ended.stream().filter(LongPlans::lastedTwoYearsOrMore).count(), ended.size());
    }

    /** KPI {@code cp-over-2-years}: the children on a plan at the end of {@code date} for over 2 years, each child once. */
    public static long childrenOverTwoYearsOn(Collection<CpPlan> plans, LocalDate date) {
        return plans.stream().filter(plan -> isOverTwoYearsOn(plan, date)).map(CpPlan::laChildId).distinct().count();
    }
}
