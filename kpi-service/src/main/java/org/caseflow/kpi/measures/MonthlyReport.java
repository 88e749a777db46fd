package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseflow.kpi.catalogue.MeasureCatalogue;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.kpi.population.ChildPopulation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a month's measures from the facts, in catalogue order, with ratings and direction of travel. */
@Service
public class MonthlyReport {

    private final MeasureCatalogue catalogue;
    private final Map<String, Measure> measures;
    private final ChildPopulation population;

    MonthlyReport(MeasureCatalogue catalogue, List<Measure> measures, ChildPopulation population) {
        this.catalogue = catalogue;
        this.measures = measures.stream().collect(Collectors.toMap(Measure::measureId, Function.identity()));
        this.population = population;
    }

    /** One consistent snapshot of the facts for the month and the month before. */
    @Transactional(readOnly = true)
    public MonthlyMeasures forMonth(YearMonth month, LocalDate today, YearProjection.Method projection) {
        ReportingPeriod period = ReportingPeriod.of(month, today, projection);
        List<MeasureDefinition> definitions = catalogue.all();
        List<MeasureResult> results = definitions.stream()
                .filter(definition -> measures.containsKey(definition.id()))
                .map(definition -> {
                    Measure measure = measures.get(definition.id());
                    return MeasureResult.of(definition, period, measure.valueFor(period), measure.valueFor(period.previous()),
                            measure.inMonth(period));
                })
                .toList();
        List<String> notYetMeasured = definitions.stream().map(MeasureDefinition::id).filter(id -> !measures.containsKey(id)).toList();
        return new MonthlyMeasures(month, period.reportingDate(), period.financialYear().label(),
                population.forYear(period.financialYear()).orElse(null), ProjectionUsed.of(projection), results, notYetMeasured);
    }
}
