package org.caseflow.kpi.assessments.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * Rule T3 as KPI {@code assessments-in-timescale} judges it (docs/statutory-rules.md sections 2
 * and 5): a child and family assessment is in timescale when it is authorised on or before the
 * deadline of {@link StatutoryTimescale#ASSESSMENT}, counted in working days from the referral
 * (WT23), the referral date being day 0. Judged against the deadline date, not the working days
 * elapsed: an assessment authorised on the Saturday after a Friday deadline is late.
 */
public final class AssessmentTimeliness {

    private static final StatutoryTimescale RULE = StatutoryTimescale.ASSESSMENT;

    /** An authorised assessment, with the date of the referral it was for. */
    public record Authorised(LocalDate referralDate, LocalDate authorisedOn) {
    }

    /** The assessments in timescale among those authorised. */
    public record Count(long inTimescale, long authorised) {
    }

    private final WorkingDayCalendar calendar;

    public AssessmentTimeliness(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day an assessment for a referral on {@code referralDate} may be authorised and be in timescale. */
    public LocalDate deadline(LocalDate referralDate) {
        return RULE.deadline(calendar, referralDate);
    }

    public boolean inTimescale(Authorised assessment) {
        return !assessment.authorisedOn().isAfter(deadline(assessment.referralDate()));
    }

    public Count count(Collection<Authorised> assessments) {
        return new Count(assessments.stream().filter(this::inTimescale).count(), assessments.size());
    }
}
