package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.kpi.measures.rules.Breakdown;

/**
 * The placements of the children looked after at the end of a date, and the report's breakdowns of them
 * (KPIs {@code cla-by-placement-type}, {@code cla-by-placement-provider} and {@code cla-by-time-in-placement},
 * docs/statutory-rules.md section 5): the same children as {@code cla-count}, each once, in the placement
 * they were in at the end of that day.
 */
public final class CurrentPlacements {

    private CurrentPlacements() {
    }

    /** Each child looked after at the end of {@code date} in their placement then (the latest started, were there two). */
    public static List<ClaPlacement> on(Collection<ClaPlacement> placements, LocalDate date) {
        Map<String, ClaPlacement> byChild = placements.stream().filter(placement -> placement.isOfAChildLookedAfterOn(date))
                .collect(Collectors.toMap(ClaPlacement::laChildId, Function.identity(),
                        (one, other) -> one.startedOn().isAfter(other.startedOn()) ? one : other));
        return byChild.values().stream().sorted(Comparator.comparing(ClaPlacement::laChildId)).toList();
    }

    /** By SSDA903 placement type, every type in the contract's order. */
    public static Map<String, Long> byType(Collection<ClaPlacement> current) {
        return Breakdown.byEnum(current, ClaPlacement::type, PlacementType.class);
    }

    /** By SSDA903 placement provider, every provider in the contract's order. */
    public static Map<String, Long> byProvider(Collection<ClaPlacement> current) {
        return Breakdown.byEnum(current, ClaPlacement::provider, PlacementProvider.class);
    }

    /** By time in the placement at the end of {@code date}, in the report's bands ({@link TimeInPlacement}). */
    public static Map<String, Long> byTimeInPlacement(Collection<ClaPlacement> current, LocalDate date) {
        return Breakdown.of(current, placement -> TimeInPlacement.of(placement.startedOn(), date),
                Arrays.asList(TimeInPlacement.values()), TimeInPlacement::label);
    }
}
