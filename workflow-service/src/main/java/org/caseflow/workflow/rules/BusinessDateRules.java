package org.caseflow.workflow.rules;

import java.time.LocalDate;

/** What every recorded business date obeys: it has happened, and it follows what it follows. */
public final class BusinessDateRules {

    private BusinessDateRules() {
    }

    /** Work is recorded as it happened: a business date is not later than today (in London). */
    public static void requireHappened(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolation(field, field + " (" + date + ") is in the future: record what has happened.");
        }
    }

    /** A step is not dated before the step it follows. */
    public static void requireNotBefore(String field, LocalDate date, String earlierName, LocalDate earlier) {
        if (earlier != null && date.isBefore(earlier)) {
            throw new RuleViolation(field, field + " (" + date + ") cannot be before " + earlierName + " (" + earlier + ").");
        }
    }
}
