package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.measures.rules.Breakdown;

/**
 * Who is looked after, who entered care and who ceased, as KPIs {@code cla-count}, {@code cla-rate},
 * {@code entering-care}, {@code entering-care-rate}, {@code ceased-care}, {@code ceased-care-rate} and
 * {@code ceased-care-reasons} count them (docs/statutory-rules.md section 5; DfE, "Children looked after in
 * England including adoptions"). Children looked after only under an agreed series of short-term breaks
 * are in none of them ({@link CarePeriod#isShortBreaksOnly}). Each counts children, each child once: a
 * child who entered care twice in the year entered care once, as did one who ceased twice.
 */
public final class LookedAfterChildren {

    private LookedAfterChildren() {
    }

    /** KPI {@code cla-count}: the children looked after at the end of {@code date}. */
    public static Set<String> on(Collection<CarePeriod> periods, LocalDate date) {
        return periods.stream().filter(period -> period.isLookedAfterOn(date)).map(CarePeriod::laChildId).collect(Collectors.toSet());
    }

    /** KPI {@code entering-care}: the children with a period of care that started from {@code from} to {@code to}, both included. */
    public static Set<String> entering(Collection<CarePeriod> periods, LocalDate from, LocalDate to) {
        return periods.stream().filter(period -> !period.isShortBreaksOnly() && within(period.startedOn(), from, to))
                .map(CarePeriod::laChildId).collect(Collectors.toSet());
    }

    /**
     * KPI {@code ceased-care}: the children with a period of care that ended from {@code from} to {@code to},
     * both included, each with the last of them to end (its reason is the child's, when they ceased twice).
     */
    public static List<CarePeriod> ceasing(Collection<CarePeriod> periods, LocalDate from, LocalDate to) {
        Map<String, CarePeriod> lastByChild = periods.stream()
                .filter(period -> !period.isShortBreaksOnly() && period.endedOn() != null && within(period.endedOn(), from, to))
                .collect(Collectors.toMap(CarePeriod::laChildId, Function.identity(),
                        (one, other) -> Comparator.comparing(CarePeriod::endedOn).thenComparing(CarePeriod::startedOn)
                                .compare(one, other) >= 0 ? one : other));
        return lastByChild.values().stream().sorted(Comparator.comparing(CarePeriod::laChildId)).toList();
    }

    /** KPI {@code ceased-care-reasons}: the children of {@link #ceasing} by how the report groups reasons ({@link ReasonCeased#kind}). */
    public static Map<String, Long> reasonsCeased(Collection<CarePeriod> ceasing) {
        return Breakdown.byEnum(ceasing, period -> period.reasonCeased().kind(), ReasonCeased.Kind.class);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
