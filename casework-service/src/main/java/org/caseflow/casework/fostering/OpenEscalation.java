package org.caseflow.casework.fostering;

import java.time.LocalDate;

/**
 * A household's DBS check or supervisory visit that a timer found not recorded by the end of its due day,
 * and that is still the household's next due: it closes once the work is recorded (in time or late) or
 * the household is deregistered. A manager's review does not close it, as the work is still not done.
 *
 * @param timescale    the rule: {@code T27} (DBS check) or {@code T28} (supervisory visit)
 * @param work         {@code DBS_CHECK} or {@code SUPERVISION_VISIT}
 * @param escalatedOn  the due day the timer fired at the end of
 * @param reviewedOn   when a fostering team manager last reviewed it; null before any review
 * @param reviewedBy   that manager
 * @param managerAction what they recorded doing about it
 */
record OpenEscalation(String timescale, String work, LocalDate dueOn, LocalDate escalatedOn, LocalDate reviewedOn, String reviewedBy,
        String managerAction) {
}
