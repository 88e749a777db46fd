package org.caseflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated operations, and what to say about them. */
final class Timings {

    private final List<Duration> durations = new ArrayList<>();

    void add(Duration duration) {
        durations.add(duration);
    }

    int count() {
        return durations.size();
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double percentileMillis(int percent) {
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return millis(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    double minMillis() {
        return millis(Collections.min(durations));
    }

    double maxMillis() {
        return millis(Collections.max(durations));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
