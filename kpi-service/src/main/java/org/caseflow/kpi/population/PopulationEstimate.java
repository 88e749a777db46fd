package org.caseflow.kpi.population;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param midYear    the year of the ONS mid-year estimate
 * @param population children aged 0 to 17
 * @param source     where the figure comes from, shown beside every rate
 */
public record PopulationEstimate(@Min(2000) @Max(2100) int midYear, @Min(1) @Max(10_000_000) int population,
        @NotBlank @Size(max = 500) String source) {
}
