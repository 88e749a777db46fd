package org.caseflow.kpi.section47.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * Rule T4 as KPI {@code icpc-in-timescale} judges it (docs/statutory-rules.md sections 2 and 5): an
 * initial child protection conference is in timescale when it is held on or before the deadline of
 * {@link StatutoryTimescale#INITIAL_CHILD_PROTECTION_CONFERENCE}, 15 working days counted from the
 * strategy discussion that initiated the section 47 enquiry (day 0), not from a later one. Judged
 * against the deadline date: a conference on the Saturday after a Friday deadline is late.
 */
public final class IcpcTimeliness {

    private static final StatutoryTimescale RULE = StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE;

    /** A conference held, with the start of the enquiry it followed (CIN census S47ActualStartDate). */
    public record Held(LocalDate s47StartedOn, LocalDate heldOn) {
    }

    /** The conferences in timescale among those held. */
    public record Count(long inTimescale, long held) {
    }

    private final WorkingDayCalendar calendar;

    public IcpcTimeliness(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day the conference of an enquiry started on {@code s47StartedOn} may be held and be in timescale. */
    public LocalDate deadline(LocalDate s47StartedOn) {
        return RULE.deadline(calendar, s47StartedOn);
    }

    public boolean inTimescale(Held conference) {
        return !conference.heldOn().isAfter(deadline(conference.s47StartedOn()));
    }

    public Count count(Collection<Held> conferences) {
        return new Count(conferences.stream().filter(this::inTimescale).count(), conferences.size());
    }
}
