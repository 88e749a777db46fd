package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseflow.kpi.catalogue.MeasureCatalogue;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.population.ChildPopulation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a month's measures from the facts, in catalogue order, with ratings and direction of travel. */
@Service
class MonthlyReport {

    private final MeasureCatalogue catalogue;
    private final Map<String, MeasureRule> rules;
    private final ChildPopulation population;

    MonthlyReport(MeasureCatalogue catalogue, List<MeasureRule> rules, ChildPopulation population) {
        this.catalogue = catalogue;
        this.rules = rules.stream().collect(Collectors.toMap(MeasureRule::measureId, Function.identity()));
        this.population = population;
    }

    /** One consistent snapshot of the facts for the month and the month before. */
    @Transactional(readOnly = true)
    MonthlyMeasures forMonth(YearMonth month, LocalDate today) {
        ReportingPeriod period = ReportingPeriod.of(month, today);
        List<MeasureDefinition> measures = catalogue.all();
        List<MeasureResult> results = measures.stream()
                .filter(measure -> rules.containsKey(measure.id()))
                .map(measure -> {
                    MeasureRule rule = rules.get(measure.id());
                    return MeasureResult.of(measure, rule.valueFor(period), rule.valueFor(period.previous()), rule.inMonth(period));
                })
                .toList();
        List<String> notYetMeasured = measures.stream().map(MeasureDefinition::id).filter(id -> !rules.containsKey(id)).toList();
        return new MonthlyMeasures(month, period.reportingDate(), period.financialYear().label(),
                population.forYear(period.financialYear()).orElse(null), results, notYetMeasured);
    }
}
