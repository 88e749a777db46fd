package org.caseflow.casework.dataquality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.caseflow.casework.returns.CollectionYears;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the DfE validation rules on every child's record for a collection year, on demand: for a year
 * before the last two, which the feed no longer checks, or after the rules themselves have changed.
 * For performance officers and administrators (config.SecurityConfig). It answers counts only; the
 * data-quality page lists the children.
 */
@RestController
class DataQualityController {

    private final RecordValidation validation;

    DataQualityController(RecordValidation validation) {
        this.validation = validation;
    }

    @Operation(summary = "Run the DfE validation rules on every child's record for a collection year", description = """
            Runs every DfE validation rule Caseflow implements (docs/returns.md) on every child's record, as the returns \
            for the year would hold it, and keeps each child's failures for the year, replacing what an earlier run found. \
            Answers how many children were checked and failed, and the failures of each rule; the children are listed on \
            the data-quality page (`/data-quality?year=`). Records are also checked as their events arrive, for the \
            current year and the one before. For performance officers and administrators.""")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "The year is not written as 2025-26, or has not started.",
            detail = "A collection year is written as 2025-26 (1 April 2025 to 31 March 2026), not \"2025\".")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Data quality is for performance officers and administrators.")
    @PostMapping("/api/casework/data-quality/validations")
    @Transactional
    RecordValidation.YearValidation validate(
            @Parameter(description = "The collection year, such as `2025-26`; the current one when left out")
            @RequestParam(required = false) String year) {
        return validation.revalidateYear(CollectionYears.parse(year));
    }
}
