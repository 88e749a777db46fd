package org.caseflow.casework.dataquality;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.casework.pages.BadPageInput;
import org.caseflow.casework.pages.PageHeaders;
import org.caseflow.casework.pages.PageWords;
import org.caseflow.casework.pages.RenderedPage;
import org.caseflow.casework.returns.CollectionYears;
import org.caseflow.casework.returns.ReturnFailures;
import org.caseflow.casework.returns.ReturnFailures.ChildFailure;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /data-quality?year=2025-26}: for performance officers (and administrators), the DfE
 * validation rules the case record breaks for a collection year, each with the children whose record
 * breaks it, by LA child id, and where in the record: the list to work through before the census, kept
 * up to date as the work is recorded. LA child ids only, no names: performance officers do not read
 * children's records, so they pass the list to the teams who do.
 */
@Controller
@RenderedPage
class DataQualityPageController {

    /** How many collection years the page offers, the current one first. */
    private static final int YEARS_OFFERED = 5;

    private final ReturnFailures failures;
    private final RecordValidation validation;
    private final PageWords words;

    DataQualityPageController(ReturnFailures failures, RecordValidation validation, PageWords words) {
        this.failures = failures;
        this.validation = validation;
        this.words = words;
    }

    @GetMapping("/data-quality")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String year, Authentication caller, Model model, HttpServletResponse response) {
        FinancialYear shown;
        try {
            shown = CollectionYears.parse(year);
        } catch (ErrorResponseException invalid) {
            throw new BadPageInput(invalid.getBody().getDetail());
        }
        Map<String, List<ChildFailure>> byRule = new LinkedHashMap<>();
        Map<String, ChildFailure> firstOfRule = new LinkedHashMap<>();
        for (ChildFailure failure : failures.inYear(shown)) {
            byRule.computeIfAbsent(failure.code(), code -> new java.util.ArrayList<>()).add(failure);
            firstOfRule.putIfAbsent(failure.code(), failure);
        }
        List<DataQualityPage.BrokenRule> rules = byRule.entrySet().stream()
                .map(rule -> new DataQualityPage.BrokenRule(rule.getKey(), firstOfRule.get(rule.getKey()).message(),
                        firstOfRule.get(rule.getKey()).statutoryReturn(), rule.getValue()))
                .toList();
        int current = CollectionYears.current().startYear();
        List<String> years = IntStream.range(0, YEARS_OFFERED).mapToObj(back -> new FinancialYear(current - back).label()).toList();

        model.addAttribute("nonce", PageHeaders.secure(response));
        model.addAttribute("words", words);
        model.addAttribute("page", new DataQualityPage(shown.label(), years, rules, validation.validator().rules().size(),
                caller.getName(), Instant.now()));
        return "data-quality";
    }
}
