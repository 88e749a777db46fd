package org.caseflow.kpi.measures.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How many of what a measure counted fall in each of its categories (a measure's {@code breakdown},
 * docs/statutory-rules.md section 5): every category, in the order given, those with none included, so
 * that a month with no child in a category has the same shape as one with some.
 */
public final class Breakdown {

    private Breakdown() {
    }

    /**
     * {@code counted}, each in the category {@code categoryOf} names, keyed by the category's name.
     *
     * @throws IllegalArgumentException when one of them is in none of {@code categories}
     */
    public static <T, C> Map<String, Long> of(Collection<T> counted, Function<T, C> categoryOf, List<C> categories,
            Function<C, String> nameOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        categories.forEach(category -> counts.put(nameOf.apply(category), 0L));
        for (T one : counted) {
            C category = categoryOf.apply(one);
            if (!categories.contains(category)) {
                throw new IllegalArgumentException(category + " is not one of the categories " + categories);
            }
            counts.merge(nameOf.apply(category), 1L, Long::sum);
        }
        return counts;
    }

    /** {@code counted} by the enum constant {@code categoryOf} gives, keyed by its name, in the enum's order. */
    public static <T, E extends Enum<E>> Map<String, Long> byEnum(Collection<T> counted, Function<T, E> categoryOf, Class<E> type) {
        return of(counted, categoryOf, List.of(type.getEnumConstants()), Enum::name);
    }
}
