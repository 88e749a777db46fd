package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.stereotype.Component;

/**
 * Which months can be reported: none that has not started, and none before the bank holidays the service
 * holds reach back a year (a month's measures look back a year: re-referrals, the previous month, older
 * referrals' deadlines). A month that cannot be reported is a 400 problem, whichever view asked for it.
 */
@Component
public class ReportableMonths {

    private final WorkingDayCalendar calendar;

    ReportableMonths(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Today, in the time zone business dates are in. */
    public LocalDate today() {
        return LocalDate.now(BusinessDates.LONDON);
    }

    /** The month in progress. */
    public YearMonth current() {
        return YearMonth.from(today());
    }

    public YearMonth earliest() {
        return YearMonth.of(calendar.coveredYears().first().getValue() + 1, 1);
    }

    /**
     * {@code requested}, or the month in progress when none was asked for.
     *
     * @throws ErrorResponseException a 400 problem ({@code invalid-month}) for a month that cannot be reported
     */
    public YearMonth check(YearMonth requested) {
        YearMonth month = requested != null ? requested : current();
        if (month.isAfter(current())) {
            throw badMonth(month + " has not started yet.");
        }
        if (month.isBefore(earliest())) {
            throw badMonth("Caseflow reports from " + earliest() + ": earlier months need bank holidays it does not hold.");
        }
        return month;
    }

    public static ErrorResponseException badMonth(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-month", detail), null);
    }
}
