package org.caseflow.kpi.measures;

import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasuresController {

    /** Five years: enough for any chart, and a bound on what one request may ask the database for. */
    static final int LONGEST_SERIES_IN_MONTHS = 60;

    private final MonthlyReport report;
    private final MeasureSeries series;
    private final ReportableMonths months;

    MeasuresController(MonthlyReport report, MeasureSeries series, ReportableMonths months) {
        this.report = report;
        this.series = series;
        this.months = months;
    }

    /**
     * The measures for {@code month} (YYYY-MM; default: the month in progress), projected rates projected by
     * {@code projection}: MONTHS (the report's method, the default) or DAYS.
     */
    @Operation(summary = "The measures for a month", description = """
            Every measure of the improvement-plan report for `month` (default: the month in progress, so far), as the \
            report shows it: the value and the value as shown (rounded once, from the exact fraction), numerator, \
            denominator and the period counted, RAG against the target or milestones, the previous month's value and \
            the direction of travel. Projected in-year rates are projected by `projection`: `MONTHS`, the report's \
            method (year to date × 12 ÷ months elapsed, the default), or `DAYS`; the answer names the method. \
            Aggregates only: for everyone signed in.""")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-month",
            when = "The month has not started yet, or is before the first Caseflow reports; or a parameter is not valid.",
            detail = "2031-01 has not started yet.")
    @GetMapping("/api/kpi/measures")
    MonthlyMeasures measures(@RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection) {
        return report.forMonth(months.check(month), months.today(), projection);
    }

    /**
     * One measure month by month, {@code from} to {@code to} (YYYY-MM, both included; default: the 12 months to the
     * month in progress), at most {@value #LONGEST_SERIES_IN_MONTHS} months.
     */
    @Operation(summary = "One measure month by month", description = """
            The measure for each month from `from` to `to` (both included; default: the 12 months to the month in \
            progress), at most 60 months: for anyone drawing their own charts. Each point has the value, the value as \
            shown, numerator and denominator, the target it was rated against, its RAG and direction of travel. \
            Aggregates only: for everyone signed in.""")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-range",
            when = "`from` is after `to`, the range is longer than 60 months, a month has not started or is before the first"
                    + " Caseflow reports (`invalid-month`), or a parameter is not valid.",
            detail = "The series runs from 2026-07 to 2026-04: from must not be after to.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, type = "measure-not-found", when = "No measure has this id.",
            detail = "No measure no-such-measure is computed: see /api/kpi/catalogue for the measures.")
    @GetMapping("/api/kpi/measures/{id}/series")
    Series series(@PathVariable String id, @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection) {
        YearMonth last = months.check(to);
        YearMonth first = months.check(from != null ? from : last.minusMonths(11).isBefore(months.earliest()) ? months.earliest()
                : last.minusMonths(11));
        if (first.isAfter(last)) {
            throw badRange("The series runs from " + first + " to " + last + ": from must not be after to.");
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > LONGEST_SERIES_IN_MONTHS) {
            throw badRange("A series is at most " + LONGEST_SERIES_IN_MONTHS + " months; " + first + " to " + last + " is longer.");
        }
        return series.series(id, first, last, months.today(), projection);
    }

    private static ErrorResponseException badRange(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-range", detail), null);
    }
}
