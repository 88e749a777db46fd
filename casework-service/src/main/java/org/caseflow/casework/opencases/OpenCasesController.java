package org.caseflow.casework.opencases;

import java.time.LocalDate;
import org.caseflow.journey.events.BusinessDates;
import org.springframework.format.annotation.DateTimeFormat;
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
    @GetMapping("/api/casework/open-cases")
    @Transactional(readOnly = true)
    OpenCaseCounts openCases(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return openCases.on(date != null ? date : LocalDate.now(BusinessDates.LONDON));
    }
}
