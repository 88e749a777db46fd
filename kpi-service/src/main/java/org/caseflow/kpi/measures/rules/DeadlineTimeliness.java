package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * How a measure of work done once against one timescale judges it (docs/statutory-rules.md sections
 * 2 and 5): the work is in timescale when it is done on or before the timescale's deadline, counted
 * on the working-day calendar from the day its clock started (day 0). Judged against the deadline
 * date, not the working days elapsed: work done on the Saturday after a Friday deadline is late.
 *
 * <p>Each measure that judges so names its timescale, and so its rule id, where it is defined: KPI
 * {@code assessments-in-timescale} by {@code StatutoryTimescale.ASSESSMENT} (T3), KPI
 * {@code icpc-in-timescale} by {@code StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE} (T4).
 * Work timed by a chain of deadlines, each counted from when the one before was met (reviews and
 * visits of a child protection plan), is judged by its own rule.
 */
public final class DeadlineTimeliness {

    /** A piece of work done: the day its clock started, and the day it was done. */
    public record Done(LocalDate clockStartedOn, LocalDate doneOn) {
    }

    /** The work in timescale among the work done. */
    public record Count(long inTimescale, long done) {
    }

    private final Timescale timescale;
    private final WorkingDayCalendar calendar;

    public DeadlineTimeliness(Timescale timescale, WorkingDayCalendar calendar) {
        this.timescale = Objects.requireNonNull(timescale, "timescale");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day work whose clock started on {@code clockStartedOn} may be done and be in timescale. */
    public LocalDate deadline(LocalDate clockStartedOn) {
        return timescale.deadline(calendar, clockStartedOn);
    }

    public boolean inTimescale(Done work) {
        return !work.doneOn().isAfter(deadline(work.clockStartedOn()));
    }

    public Count count(Collection<Done> work) {
        return new Count(work.stream().filter(this::inTimescale).count(), work.size());
    }
}
