package org.caseflow.casework.opencases;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * All open cases on a date, by level: for team managers, performance officers and administrators
 * (config.SecurityConfig). Aggregate only, so nothing is audited per child.
 */
@RestController
class OpenCasesController {

    private final OpenCases openCases;

    OpenCasesController(OpenCases openCases) {
        this.openCases = openCases;
    }

    /** @param date a business date; today in London when not given */
    @Operation(summary = "Open cases on a date, by level", description = """
            How many children's cases were open at the end of a business date (today in London when none is given), \
            at each level: Early Help, child in need, child protection plan, looked after, and in all. Aggregates only, \
            for team managers, performance officers and administrators.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            when = "Open cases are for team managers, performance officers and administrators.")
    @GetMapping("/api/casework/open-cases")
    @Transactional(readOnly = true)
    OpenCaseCounts openCases(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return openCases.on(date != null ? date : LocalDate.now(BusinessDates.LONDON));
    }
}
