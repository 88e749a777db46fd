package org.caseflow.kpi.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.SortedSet;
import org.caseflow.kpi.audit.KpiAuditTrail;
import org.caseflow.kpi.measures.MeasureDetail;
import org.caseflow.kpi.measures.MeasureResult;
import org.caseflow.kpi.measures.ReportableMonths;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.support.security.CaseflowAuthorities;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Behind each figure of the report page: what it is made of ({@code /report/measures/{id}?month=}: the numerator,
 * the denominator, the period and the population), and, for those who may see children, which children it counted
 * ({@code /report/measures/{id}/children?month=}), each read of which is audited.
 */
@Controller
class DrillDownController {

    private final MeasureDetail detail;
    private final ReportableMonths months;
    private final KpiAuditTrail audit;
    private final OpenRecords openRecords;

    DrillDownController(MeasureDetail detail, ReportableMonths months, KpiAuditTrail audit, OpenRecords openRecords) {
        this.detail = detail;
        this.months = months;
        this.audit = audit;
        this.openRecords = openRecords;
    }

    @GetMapping("/report/measures/{id}")
    String figure(@PathVariable String id, @RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection, Authentication who, Model model) {
        YearMonth checked = months.check(month);
        MeasureResult result = detail.resultFor(id, checked, months.today(), projection);
        model.addAttribute("figure", Figure.of(result, checked));
        model.addAttribute("countsChildren", detail.countsChildren(id));
        model.addAttribute("maySeeChildren", ReportReaders.maySeeChildren(CaseflowAuthorities.groupsOf(who)));
        return "report/figure";
    }

    /**
     * Listed and audited in one transaction: a list whose audit entry could not be written is not shown. Only the
     * children whose records are open to the reader are listed ({@link OpenRecords}): a restricted record stays closed
     * here as it does everywhere; the page says how many counted are not listed, which the figure itself shows anyway.
     */
    @GetMapping("/report/measures/{id}/children")
    @Transactional
    public String children(@PathVariable String id, @RequestParam(required = false) YearMonth month, Authentication who, Model model) {
        YearMonth checked = months.check(month);
        MeasureResult result = detail.resultFor(id, checked, months.today(), YearProjection.Method.MONTHS);
        SortedSet<String> counted = detail.childrenCounted(id, checked, months.today())
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        SortedSet<String> open = openRecords.openTo(who, counted, "the children counted for " + result.name() + ", " + checked);
        audit.childrenListed(who.getName(), id, checked, "Listed " + open.size() + " of the " + counted.size()
                + " children counted for " + checked + "; the others' records are closed to them.");
        model.addAttribute("figure", Figure.of(result, checked));
        model.addAttribute("children", open);
        model.addAttribute("notListed", counted.size() - open.size());
        return "report/children";
    }

    @ExceptionHandler({ErrorResponseException.class, TypeMismatchException.class})
    ModelAndView cannotShow(Exception exception) {
        int code = exception instanceof ErrorResponseException problem ? problem.getStatusCode().value() : 400;
        HttpStatus status = code == 404 ? HttpStatus.NOT_FOUND : code == 503 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
        String words = status == HttpStatus.NOT_FOUND ? "There is no such measure, or it does not list the children it counts."
                : status == HttpStatus.SERVICE_UNAVAILABLE
                        ? "The case record cannot say just now whose records are open to you, so no child is listed. Try again in a minute."
                : exception instanceof ErrorResponseException problem && problem.getBody().getDetail() != null
                        ? problem.getBody().getDetail() : "The month must be written YYYY-MM, for example 2025-12.";
        ModelAndView page = new ModelAndView("report/cannot-show", status);
        page.addObject("detail", words);
        page.addObject("current", months.current().toString());
        return page;
    }

    /**
     * A figure as its drill-down page shows it.
     *
     * @param oneDecimalPlace the value kept to one decimal place (the JSON's {@code value}); {@code shown} the whole number
     */
    record Figure(String id, String name, String month, String monthLabel, String shown, String oneDecimalPlace, long numerator,
            String denominator, String countedOver, String unit, String definition, String rating, String ratingTarget,
            MeasureResult result) {

        static Figure of(MeasureResult result, YearMonth month) {
            return new Figure(result.id(), result.name(), month.toString(), MonthLabels.longLabel(month), text(result.shown()),
                    plain(result.value()), result.numerator(), plain(result.denominator()), ReportTable.countedOver(result.period()),
                    ReportTable.unit(result.unit()), result.definition(), result.rag() == null ? "Not rated" : result.rag().words(),
                    text(result.ratingTarget()), result);
        }

        private static String plain(BigDecimal value) {
            return value == null ? "none" : value.toPlainString();
        }

        private static String text(BigDecimal value) {
            return value == null ? "none" : Formats.number(value);
        }
    }
}
