package org.caseflow.kpi.measures;

import org.caseflow.kpi.measures.rules.YearProjection;

/**
 * How a report's projected rates were projected to the whole year, named and in words, so that a reader
 * of the JSON, the page or a download knows which of the two methods gave the figures.
 */
public record ProjectionUsed(YearProjection.Method method, String description) {

    public static ProjectionUsed of(YearProjection.Method method) {
        return new ProjectionUsed(method, method.description());
    }
}
