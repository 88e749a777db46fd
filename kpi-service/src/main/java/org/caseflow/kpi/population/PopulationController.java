package org.caseflow.kpi.population;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
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

    @GetMapping
    List<PopulationEstimate> all() {
        return population.all();
    }

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
