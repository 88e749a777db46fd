package org.caseflow.kpi.report;

import java.time.YearMonth;
import org.caseflow.kpi.measures.MeasureSeries;
import org.caseflow.kpi.measures.ReportableMonths;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The month's improvement-plan report as a page ({@code /report?month=YYYY-MM}), rendered on the server: readable and
 * printable without script, and the same figures as {@code /api/kpi/measures}. Who may read it: {@link ReportReaders}.
 */
@Controller
class ReportPageController {

    private final MeasureSeries series;
    private final ReportableMonths months;

    ReportPageController(MeasureSeries series, ReportableMonths months) {
        this.series = series;
        this.months = months;
    }

    @GetMapping("/report")
    String report(@RequestParam(required = false) YearMonth month, @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection,
            Model model) {
        YearMonth checked = months.check(month);
        model.addAttribute("page", ReportPage.of(series.withHistory(checked, ReportPage.CHART_MONTHS, months.today(), projection),
                months.earliest(), months.current()));
        return "report/report";
    }

    /** A month or method the page cannot show is answered as a page a person can act on, not as JSON. */
    @ExceptionHandler({ErrorResponseException.class, TypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String cannotShow(Exception exception, Model model) {
        String detail = exception instanceof ErrorResponseException problem && problem.getBody().getDetail() != null
                ? problem.getBody().getDetail() : "The month must be written YYYY-MM, for example 2025-12.";
        model.addAttribute("detail", detail);
        model.addAttribute("current", months.current().toString());
        return "report/cannot-show";
    }
}
