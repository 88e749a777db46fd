package org.caseflow.kpi.measures.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Children in timescale out of the children a snapshot measure looks at. The measures count
 * children, not plans: a child with two plans open at once (which the journey should never allow)
 * counts once, and in timescale only when every one of them is.
 */
public record ChildrenInTimescale(long inTimescale, long children) {

    public static <P> ChildrenInTimescale count(Collection<P> plans, Function<P, String> childOf, Predicate<P> inTimescale) {
        Map<String, Boolean> byChild = new HashMap<>();
        plans.forEach(plan -> byChild.merge(childOf.apply(plan), inTimescale.test(plan), Boolean::logicalAnd));
        return new ChildrenInTimescale(byChild.values().stream().filter(Boolean::booleanValue).count(), byChild.size());
    }
}
