package org.caseflow.calendar;

import java.util.Objects;

/**
 * A timescale each council sets for itself, such as how often a child on a child protection plan
 * is visited (T10). Checked as it is made, so a council's setting that makes no sense (no visits,
 * or one a year) stops the service at start-up rather than timing work wrongly.
 *
 * @param atRiskAfter    when the work becomes at risk; the limit itself unless the council says earlier
 * @param longestInYears the longest interval the rule may be set to, in years: a year for visits,
 *                       reviews and supervision; longer only for work renewed over years (a foster
 *                       carer's DBS check, T27), so that a slip in any other setting is still caught
 */
public record LocalTimescale(String id, String description, int limit, TimescaleUnit unit, int atRiskAfter, int longestInYears)
        implements Timescale {

    /** A year, in days: the unit of {@link #longestInYears}. */
    static final int DAYS_IN_A_YEAR = 366;

    public LocalTimescale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit of " + id);
        if (longestInYears < 1) {
            throw new IllegalArgumentException("The local timescale " + id + " must allow at least a year, not " + longestInYears);
        }
        if (limit < 1 || approximateDays(limit, unit) > DAYS_IN_A_YEAR * longestInYears) {
            throw new IllegalArgumentException("The local timescale " + id + " (" + description + ") must be between 1 day and "
                    + (longestInYears == 1 ? "a year" : TimescaleUnit.CALENDAR_YEARS.inWords(longestInYears)) + ", not "
                    + unit.inWords(limit));
        }
        if (atRiskAfter < 0 || atRiskAfter > limit) {
            throw new IllegalArgumentException("The local timescale " + id + " must become at risk between its start and its limit of "
                    + unit.inWords(limit) + ", not after " + unit.inWords(atRiskAfter));
        }
    }

    /** A timescale of at most a year, as most local ones are. */
    public LocalTimescale(String id, String description, int limit, TimescaleUnit unit, int atRiskAfter) {
        this(id, description, limit, unit, atRiskAfter, 1);
    }

    public LocalTimescale(String id, String description, int limit, TimescaleUnit unit) {
        this(id, description, limit, unit, limit);
    }

    /** At most the days the interval can span: a month may have 31 days, but 12 of them are a year. */
    private static int approximateDays(int limit, TimescaleUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> limit * 7 / 5;
            case CALENDAR_DAYS -> limit;
            case CALENDAR_WEEKS -> limit * 7;
            case CALENDAR_MONTHS -> limit * DAYS_IN_A_YEAR / 12;
            case CALENDAR_YEARS -> limit * DAYS_IN_A_YEAR;
        };
    }
}
