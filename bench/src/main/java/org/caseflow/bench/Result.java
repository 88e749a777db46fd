package org.caseflow.bench;

/**
 * One figure of the benchmark, with what it is judged by.
 *
 * @param id        the goal's id in the issue: P1 to P4
 * @param what      what was measured, in words
 * @param scale     at what size
 * @param value     the figure; null when it was not measured
 * @param unit      its unit: ms, events/s, s, MB…
 * @param baseline  the figure it is compared with, measured in the same run, and how; null for none
 * @param goal      the goal, in words, e.g. "≤ 200 ms"
 * @param met       whether the goal is met: null when the figure has no goal of its own (a growth figure) or was not measured
 * @param note      how it was measured, or why it was not
 * @param atLeast   the value is a lower bound: what was measured did not finish within it
 */
record Result(String id, String what, String scale, Double value, String unit, String baseline, String goal, Boolean met,
        String note, boolean atLeast) {

    static Result measured(String id, String what, String scale, double value, String unit, String baseline, String goal,
            Boolean met, String note) {
        return new Result(id, what, scale, value, unit, baseline, goal, met, note, false);
    }

    /** Something that had not finished when the benchmark stopped waiting: it took longer than {@code value}. */
    static Result unfinished(String id, String what, String scale, double value, String unit, String baseline, String goal,
            String note) {
        return new Result(id, what, scale, value, unit, baseline, goal, goal == null ? null : false, note, true);
    }

    static Result notMeasured(String id, String what, String goal, String why) {
        return new Result(id, what, "", null, "", null, goal, null, why, false);
    }

    String verdict() {
        if (value == null) {
            return "not measured";
        }
        if (met == null) {
            return "–";
        }
        return met ? "met" : "not met";
    }
}
