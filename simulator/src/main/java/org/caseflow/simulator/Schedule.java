package org.caseflow.simulator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What the simulated council will do, by business date. Each day the actions due are run in the order they
 * were planned; an action may plan more, for that day or later. Work is never planned in the past: the council
 * cannot go back and do it.
 */
final class Schedule {

    private record Planned(LocalDate on, long order, Runnable action) {
    }

    private final PriorityQueue<Planned> planned = new PriorityQueue<>(
            Comparator.comparing(Planned::on).thenComparingLong(Planned::order));
    private long nextOrder;
    private LocalDate today;

    Schedule(LocalDate firstDay) {
        this.today = firstDay;
    }

    /** Plans {@code action} for {@code day}, or for today if that day has passed. */
    void at(LocalDate day, Runnable action) {
        planned.add(new Planned(day.isBefore(today) ? today : day, nextOrder++, action));
    }

    /** A new day begins: what happens from now on happens on {@code day}. */
    void begin(LocalDate day) {
        today = day;
    }

    /** Runs everything planned up to the end of today, including what today's work plans for today. */
    void runToEndOfDay() {
        while (!planned.isEmpty() && !planned.peek().on().isAfter(today)) {
            planned.poll().action().run();
        }
    }

    LocalDate today() {
        return today;
    }
}
