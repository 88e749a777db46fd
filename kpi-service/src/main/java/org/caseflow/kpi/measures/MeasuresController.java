package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasuresController {

    private final MonthlyReport report;
    private final WorkingDayCalendar calendar;

    MeasuresController(MonthlyReport report, WorkingDayCalendar calendar) {
        this.report = report;
        this.calendar = calendar;
    }

    /** The measures for {@code month} (YYYY-MM; default: the month in progress). */
    @GetMapping("/api/kpi/measures")
    MonthlyMeasures measures(@RequestParam(required = false) YearMonth month) {
        LocalDate today = LocalDate.now(BusinessDates.LONDON);
        YearMonth requested = month != null ? month : YearMonth.from(today);
        if (requested.isAfter(YearMonth.from(today))) {
            throw badMonth(requested + " has not started yet.");
        }
        // a month's measures look back a year (re-referrals, the previous month, older referrals' deadlines)
        YearMonth earliest = YearMonth.of(calendar.coveredYears().first().getValue() + 1, 1);
        if (requested.isBefore(earliest)) {
            throw badMonth("Caseflow reports from " + earliest + ": earlier months need bank holidays it does not hold.");
        }
        return report.forMonth(requested, today);
    }

    private static ErrorResponseException badMonth(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-month", detail), null);
    }
}
