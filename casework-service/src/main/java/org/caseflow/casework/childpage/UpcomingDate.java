package org.caseflow.casework.childpage;

import java.time.LocalDate;
import org.caseflow.casework.childpage.rules.DueDateStanding;

/**
 * One statutory date coming up in the child's work, as the record page lists it.
 *
 * @param what       the work in words, e.g. "Child protection visit"
 * @param reference  the plan, period, referral or episode it is part of, e.g. {@code CPP-000012}
 * @param dueOn      the last day it is in time
 * @param timescale  the rule it is timed by, in words, e.g. "T3: 45 working days"
 * @param atRiskFrom the first day it is at risk
 * @param standing   where it stands today
 * @param inWords    the standing in words, e.g. "Overdue: 3 working days late"
 */
public record UpcomingDate(String what, String reference, LocalDate dueOn, String timescale, LocalDate atRiskFrom,
        DueDateStanding standing, String inWords) {

    public boolean overdue() {
        return standing.standing() == DueDateStanding.Standing.OVERDUE;
    }

    public boolean atRisk() {
        return standing.standing() == DueDateStanding.Standing.AT_RISK;
    }
}
