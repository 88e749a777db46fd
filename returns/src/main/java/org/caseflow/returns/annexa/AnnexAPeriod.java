package org.caseflow.returns.annexa;

import java.time.LocalDate;

/**
 * The time the lists cover, usually the six or twelve months up to the day Ofsted asks for them. A
 * list holds what happened in it, or was open at any time in it; ages, statuses and "last 12 months"
 * counts are as at {@code to}.
 */
public record AnnexAPeriod(LocalDate from, LocalDate to) {

    public AnnexAPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("An Annex A period runs from a day to the same or a later day: " + from + " to " + to);
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Started by {@code to} and not ended before {@code from}. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /** {@code day} if it is on or before {@code to}: what had not happened by then is left blank. */
    public LocalDate byEnd(LocalDate day) {
        return day == null || day.isAfter(to) ? null : day;
    }
}
