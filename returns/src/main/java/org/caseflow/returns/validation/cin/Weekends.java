package org.caseflow.returns.validation.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Conferences are held, and due, on weekdays: bank holidays are not part of the DfE's weekend rules. */
final class Weekends {

    private Weekends() {
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
