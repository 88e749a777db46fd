package org.caseflow.casework.chronology;

import java.time.LocalDate;

/**
 * How the chronology says that work on a plan was done against its due date, and what a visit
 * found, so that child protection and child in need plans say it alike. Judged by the business
 * date, as every timescale is; the work's own rule is in the due date the journey set.
 */
public final class VisitWords {

    private VisitWords() {
    }

    /** " Held on or before its due date, 2026-02-09." or " Held after its due date, ..."; empty with no due date. */
    public static String againstDue(String done, LocalDate on, LocalDate dueOn) {
        if (dueOn == null) {
            return "";
        }
        return " " + done + (on.isAfter(dueOn) ? " after its due date, " : " on or before its due date, ") + dueOn + ".";
    }

    /** "the child was seen alone", "the child was seen, not alone" or "the child was not seen". */
    public static String childSeen(boolean seen, boolean seenAlone) {
        return !seen ? "the child was not seen" : seenAlone ? "the child was seen alone" : "the child was seen, not alone";
    }

    /** A visit that did not see the child does not meet the visit that was due. */
    public static String timeliness(boolean childSeen, LocalDate visitedOn, LocalDate dueOn) {
        return childSeen || dueOn == null ? againstDue("Made", visitedOn, dueOn)
                : " A visit without seeing the child does not meet the visit due " + dueOn + ".";
    }
}
