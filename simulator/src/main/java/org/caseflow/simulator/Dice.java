package org.caseflow.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulation's only source of chance: one seeded generator, so that a seed gives the same council every
 * time. Every draw goes through here, in the order the simulation makes them; nothing may draw from the
 * clock, a hash order or another generator.
 */
public final class Dice {

    private final SplittableRandom random;

    public Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A number from 0 (included) to 1 (excluded). */
    public double fraction() {
        return random.nextDouble();
    }

    /** An exponentially distributed number with the given mean: how long something lasts when it is as likely to end on any day. */
    public double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** How many things happen in a period where {@code mean} are expected, each independent of the others. */
    public int poisson(double mean) {
        if (mean > 30) {
            // a normal approximation is exact enough here and does not loop mean times
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    public <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private double gaussian() {
        // Box-Muller, one of the pair
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
