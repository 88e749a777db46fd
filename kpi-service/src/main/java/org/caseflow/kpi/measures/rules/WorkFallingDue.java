package org.caseflow.kpi.measures.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * One piece of recurring work that fell due (a looked-after child's visit or review, a worker's supervision, a
 * foster carer's supervisory visit), as the measures of work falling due in a period judge it
 * (docs/statutory-rules.md section 5): KPIs {@code cla-visits-in-timescale}, {@code cla-reviews-in-timescale},
 * {@code supervisions-in-timescale} (all services and each service), {@code carer-supervision-*} and
 * {@code carer-workers-supervision-*}. Of the work whose due date falls in the period, the share done on or before that
 * date. Work not done by its due date is late from the day after, done later or not at all, so a child never
 * visited counts as surely as one visited late; and work is judged in the month it fell due, however late it
 * was recorded, since facts keep their business dates.
 *
 * @param doneOn the day it was done; null while it is not
 */
public record WorkFallingDue(LocalDate dueOn, LocalDate doneOn) {

    public WorkFallingDue {
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** The work done in timescale out of the work that fell due. */
    public record Count(long inTimescale, long due) {
    }

    /** Done on or before its due date. */
    public boolean doneInTimescale() {
        return doneOn != null && !doneOn.isAfter(dueOn);
    }

    /** Its due date is from {@code from} to {@code to}, both included. */
    public boolean fallsDueBetween(LocalDate from, LocalDate to) {
        return !dueOn.isBefore(from) && !dueOn.isAfter(to);
    }

    /** Of {@code work}, what fell due from {@code from} to {@code to}, and how much of it was done in timescale. */
    public static Count between(Collection<WorkFallingDue> work, LocalDate from, LocalDate to) {
        long due = 0;
        long inTimescale = 0;
        for (WorkFallingDue one : work) {
            if (one.fallsDueBetween(from, to)) {
                due++;
                if (one.doneInTimescale()) {
                    inTimescale++;
                }
            }
        }
        return new Count(inTimescale, due);
    }
}
