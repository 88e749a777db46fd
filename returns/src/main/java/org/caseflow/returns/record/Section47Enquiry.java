package org.caseflow.returns.record;

import java.time.LocalDate;

/**
 * A section 47 enquiry and the initial child protection conference it led to (CIN census Section47;
 * Annex A list 5).
 *
 * @param startDate       the day of the strategy discussion that started it (S47ActualStartDate)
 * @param icpcTargetDate  the conference's due date, 15 working days after {@code startDate} (InitialCPCtarget)
 * @param icpcDate        the conference's date (DateOfInitialCPC); null when none was held
 * @param icpcNotRequired the enquiry decided no conference was needed (ICPCnotRequired)
 * @param completedOn     the day the enquiry was completed: it ends there when no conference follows
 */
public record Section47Enquiry(LocalDate startDate, LocalDate icpcTargetDate, LocalDate icpcDate, boolean icpcNotRequired,
        LocalDate completedOn) {

    /** The day the enquiry's part of the journey ended: its conference, or its completion when none was needed. */
    public LocalDate endDate() {
        if (icpcDate != null) {
            return icpcDate;
        }
        return icpcNotRequired ? completedOn : null;
    }
}
