package org.caseflow.kpi.population;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configured 0-17 population per year; performance officers keep it up to date. */
@RestController
@RequestMapping("/api/kpi/population")
class PopulationController {

    private final ChildPopulation population;

    PopulationController(ChildPopulation population) {
        this.population = population;
    }

    @Operation(summary = "The 0-17 population", description = """
            The population of children aged 0-17 for each mid-year, and where the figure came from: the denominator \
            of every rate per 10,000. For everyone signed in.""")
    @GetMapping
    List<PopulationEstimate> all() {
        return population.all();
    }

    @Operation(summary = "Set the 0-17 population for a year", description = """
            Sets the population for the mid-year in the address, with its source (the ONS mid-year estimate, as a \
            rule). Rates for months counted against that year change with it. For performance officers and \
            administrators.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only performance officers and administrators set the population.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "year-mismatch",
            when = "The body is for another year than the address, or the year or body is not valid. Nothing was changed.",
            detail = "The body is for 2025 but the address is for 2026.")
    @PutMapping("/{midYear}")
    PopulationEstimate set(@PathVariable @Min(2000) @Max(2100) int midYear, @Valid @RequestBody PopulationEstimate estimate) {
        if (estimate.midYear() != midYear) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "year-mismatch",
                    "The body is for " + estimate.midYear() + " but the address is for " + midYear + "."), null);
        }
        population.set(estimate);
        return estimate;
    }
}
