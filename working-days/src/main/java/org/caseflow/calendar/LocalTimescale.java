package org.caseflow.calendar;

import java.util.Objects;

/**
 * A timescale each council sets for itself, such as how often a child on a child protection plan
 * is visited (T10). Checked as it is made, so a council's setting that makes no sense (no visits,
 * or one a year) stops the service at start-up rather than timing work wrongly.
 *
 * @param atRiskAfter when the work becomes at risk; the limit itself unless the council says earlier
 */
public record LocalTimescale(String id, String description, int limit, TimescaleUnit unit, int atRiskAfter) implements Timescale {

    /** The longest interval any local timescale may have, in days: a year. */
    static final int LONGEST_IN_DAYS = 366;

    public LocalTimescale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit of " + id);
        if (limit < 1 || approximateDays(limit, unit) > LONGEST_IN_DAYS) {
            throw new IllegalArgumentException("The local timescale " + id + " (" + description + ") must be between 1 day and a year, not "
                    + unit.inWords(limit));
        }
        if (atRiskAfter < 0 || atRiskAfter > limit) {
            throw new IllegalArgumentException("The local timescale " + id + " must become at risk between its start and its limit of "
                    + unit.inWords(limit) + ", not after " + unit.inWords(atRiskAfter));
        }
    }

    public LocalTimescale(String id, String description, int limit, TimescaleUnit unit) {
        this(id, description, limit, unit, limit);
    }

    private static int approximateDays(int limit, TimescaleUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> limit * 7 / 5;
            case CALENDAR_DAYS -> limit;
            case CALENDAR_WEEKS -> limit * 7;
            case CALENDAR_MONTHS -> limit * 31;
        };
    }
}
