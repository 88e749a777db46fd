package org.caseflow.kpi.measures;

import java.time.YearMonth;
import java.util.List;
import org.caseflow.kpi.catalogue.MeasureDefinition;

/** A measure month by month, {@code from} to {@code to}, for anyone drawing their own charts. */
public record Series(String id, String name, MeasureDefinition.Unit unit, MeasureDefinition.Polarity polarity,
        MeasureDefinition.RatedAgainst ratedAgainst, YearMonth from, YearMonth to, ProjectionUsed projection, List<SeriesPoint> points) {
}
