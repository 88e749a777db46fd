package org.caseflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A timescale a piece of work is measured against: a limit counted from the day its clock starts,
 * and a point from which it is at risk. Statutory ones ({@link StatutoryTimescale}) are the same
 * for every council; local ones ({@link LocalTimescale}: how often a child on a plan is visited)
 * are each council's choice. Either way, the clock start is day 0 and "within N" means on or
 * before day N (docs/statutory-rules.md).
 */
public interface Timescale {

    /** The rule's id in docs/statutory-rules.md, e.g. {@code T3}. */
    String id();

    /** The rule in plain English. */
    String description();

    /** How many {@link #unit()}s it allows. */
    int limit();

    TimescaleUnit unit();

    /** How many {@link #unit()}s after the clock start the work becomes at risk; at most {@link #limit()}. */
    int atRiskAfter();

    /** The last day on which the clock may stop and the rule still be met. */
    default LocalDate deadline(WorkingDayCalendar calendar, LocalDate clockStart) {
        return unit().add(Objects.requireNonNull(calendar, "calendar"), clockStart, limit());
    }

    /** The day from which the work is flagged as at risk of missing the {@link #deadline}. */
    default LocalDate atRisk(WorkingDayCalendar calendar, LocalDate clockStart) {
        return unit().add(Objects.requireNonNull(calendar, "calendar"), clockStart, atRiskAfter());
    }

    /** The limit as a person says it: "1 working day", "45 working days", "3 months". */
    default String limitInWords() {
        return unit().inWords(limit());
    }
}
