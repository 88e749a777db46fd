package org.caseflow.kpi.cpplans.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * KPIs {@code cp-repeat-plans} and {@code cp-repeat-plans-2-years} (docs/statutory-rules.md section
 * 5). Of the plans started in a period, a plan is:
 * <ul>
 *   <li>a <em>second or subsequent</em> plan when its child had another plan that started before it,
 *       however long before (as far back as the facts go); one started the same day does not count;</li>
 *   <li>a repeat <em>within 2 years</em> when such an earlier plan ended on a day from which this one
 *       started within 2 years: on or before the same day 2 years later, or 28 February after a
 *       29 February end ({@code LocalDate.plusYears}). An earlier plan still open when this one
 *       started is within 2 years too.</li>
 * </ul>
 */
public final class RepeatPlans {

    private static final int YEARS = 2;

    /** Of the plans started in a period, the repeats of each kind. */
    public record Count(long secondOrSubsequent, long withinTwoYears, long started) {
    }

    private RepeatPlans() {
    }

    /** The last day a plan may start and be a repeat within 2 years of a plan that ended on {@code previousEndedOn}. */
    public static LocalDate withinTwoYearsUntil(LocalDate previousEndedOn) {
        return previousEndedOn.plusYears(YEARS);
    }

    public static boolean isWithinTwoYears(CpPlan earlier, LocalDate startedOn) {
        return earlier.endedOn() == null || !startedOn.isAfter(withinTwoYearsUntil(earlier.endedOn()));
    }

    /**
     * Counts the plans started from {@code from} to {@code to}, both included. Besides them,
     * {@code plans} must hold every earlier plan of the same children; those are only looked back to.
     */
    public static Count count(LocalDate from, LocalDate to, Collection<CpPlan> plans) {
        Map<String, List<CpPlan>> byChild = plans.stream().collect(Collectors.groupingBy(CpPlan::laChildId));
        long started = 0;
        long secondOrSubsequent = 0;
        long withinTwoYears = 0;
        for (CpPlan plan : plans) {
            if (plan.startedOn().isBefore(from) || plan.startedOn().isAfter(to)) {
                continue;
            }
            started++;
            List<CpPlan> earlier = byChild.get(plan.laChildId()).stream()
                    .filter(other -> other.startedOn().isBefore(plan.startedOn())).toList();
            if (!earlier.isEmpty()) {
                secondOrSubsequent++;
            }
            if (earlier.stream().anyMatch(other -> isWithinTwoYears(other, plan.startedOn()))) {
                withinTwoYears++;
            }
        }
        return new Count(secondOrSubsequent, withinTwoYears, started);
    }
}
