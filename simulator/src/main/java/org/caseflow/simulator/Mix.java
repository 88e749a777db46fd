package org.caseflow.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares of things that add up to a whole, such as the outcomes of contacts: {@code Mix.of(NFA, 41, REFERRAL, 18, …)}.
 * The weights need not add up to 100; each is its share of their total.
 */
public final class Mix<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Mix(List<T> items, List<Double> weights) {
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.size()];
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double running = 0;
        for (int i = 0; i < weights.size(); i++) {
            running += weights.get(i) / total;
            cumulative[i] = running;
        }
    }

    /** Alternating items and their weights. */
    @SuppressWarnings("unchecked")
    public static <T> Mix<T> of(Object... itemsAndWeights) {
        if (itemsAndWeights.length == 0 || itemsAndWeights.length % 2 != 0) {
            throw new IllegalArgumentException("A mix is items and their weights, in pairs");
        }
        List<T> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < itemsAndWeights.length; i += 2) {
            items.add((T) itemsAndWeights[i]);
            weights.add(((Number) itemsAndWeights[i + 1]).doubleValue());
        }
        return new Mix<>(items, weights);
    }

    public T pick(Dice dice) {
        double draw = dice.fraction();
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
