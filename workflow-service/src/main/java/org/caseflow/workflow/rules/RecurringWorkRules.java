package org.caseflow.workflow.rules;

import java.time.LocalDate;

/**
 * What every occurrence of a plan's recurring work must say, whichever plan it is (a child
 * protection or child in need visit, a core group, a review): dated no earlier than the day its
 * clock counts from (the plan's start or the last one) and not in the future. When it was late is
 * measured, not refused: it happened, and the record must say so.
 */
public final class RecurringWorkRules {

    private RecurringWorkRules() {
    }

    /**
     * @param countedFrom the day its clock counts from: the plan's start, or the last visit in
     *                    which the child was seen
     */
    public record Visit(LocalDate countedFrom, LocalDate visitedOn, boolean childSeen, boolean childSeenAlone) {
    }

    /** @param countedFrom the day its clock counts from: the plan's start, or the last one held */
    public record Meeting(LocalDate countedFrom, LocalDate heldOn) {
    }

    /** A visit within the plan, after the last one; a child seen alone was seen. Fields as the plan's form names them. */
    public static void checkVisit(Visit visit, String dateField, String seenAloneField, LocalDate today) {
        BusinessDateRules.requireHappened(dateField, visit.visitedOn(), today);
        BusinessDateRules.requireNotBefore(dateField, visit.visitedOn(), "the start of the plan or the last visit", visit.countedFrom());
        if (visit.childSeenAlone() && !visit.childSeen()) {
            throw new RuleViolation(seenAloneField, "A child seen alone was seen: please tick that the child was seen.");
        }
    }

    /** A meeting or review within the plan, on or after the last one. */
    public static void checkMeeting(Meeting meeting, String dateField, LocalDate today) {
        BusinessDateRules.requireHappened(dateField, meeting.heldOn(), today);
        BusinessDateRules.requireNotBefore(dateField, meeting.heldOn(), "the start of the plan or the last one", meeting.countedFrom());
    }
}
