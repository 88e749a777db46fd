package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

/**
 * Measures month by month: a series for one measure, and every measure's history for the report page and
 * downloads. Each month is computed as the month's own report computes it ({@link MonthlyReport}), with the
 * same value, rating and direction of travel.
 */
@Service
public class MeasureSeries {

    private final MeasureCatalogue catalogue;
    private final Map<String, Measure> measures;
    private final ChildPopulation population;
    private final ReportableMonths reportable;

    MeasureSeries(MeasureCatalogue catalogue, List<Measure> measures, ChildPopulation population, ReportableMonths reportable) {
        this.catalogue = catalogue;
        this.measures = measures.stream().collect(Collectors.toMap(Measure::measureId, Function.identity()));
        this.population = population;
        this.reportable = reportable;
    }

    /** One measure from {@code from} to {@code to}, both included, in one consistent snapshot of the facts. */
    @Transactional(readOnly = true)
    public Series series(String id, YearMonth from, YearMonth to, LocalDate today, YearProjection.Method projection) {
        MeasureDefinition definition = catalogue.all().stream().filter(measure -> measure.id().equals(id)).findFirst()
                .filter(measure -> measures.containsKey(measure.id()))
                .orElseThrow(() -> new MeasureNotFound(id));
        List<SeriesPoint> points = history(definition, measures.get(id), from, to, today, projection).points();
        return new Series(id, definition.name(), definition.unit(), definition.polarity(), definition.ratedAgainst(), from, to,
                ProjectionUsed.of(projection), points);
    }

    /**
     * Every measure's report for {@code month}, with the {@code months} months to it and the latest value after it.
     */
    @Transactional(readOnly = true)
    public ReportWithHistory withHistory(YearMonth month, int months, LocalDate today, YearProjection.Method projection) {
        ReportingPeriod period = ReportingPeriod.of(month, today, projection);
        YearMonth next = month.plusMonths(1);
        ReportingPeriod latest = next.isAfter(YearMonth.from(today)) ? null : ReportingPeriod.of(next, today, projection);
        List<ReportRow> rows = new ArrayList<>();
        for (MeasureDefinition definition : catalogue.all()) {
            Measure measure = measures.get(definition.id());
            if (measure == null) {
                continue;
            }
            // a chart does not reach back before the first month Caseflow can report
            YearMonth from = month.minusMonths(months - 1L);
            History history = history(definition, measure, from.isBefore(reportable.earliest()) ? reportable.earliest() : from,
                    month, today, projection);
            // the month and the month before are the history's last two values: computed once, and so the same
            MeasureValue current = history.values().get(history.values().size() - 1);
            MeasureValue previous = history.values().get(history.values().size() - 2);
            MeasureResult result = MeasureResult.of(definition, period, current, previous, measure.inMonth(period));
            MeasureResult latestResult = latest == null ? null
                    : MeasureResult.of(definition, latest, measure.valueFor(latest), current, measure.inMonth(latest));
            rows.add(new ReportRow(result, history.points(), latestResult));
        }
        return new ReportWithHistory(month, period.reportingDate(), period.financialYear().label(),
                population.forYear(period.financialYear()).orElse(null), ProjectionUsed.of(projection), rows,
                latest == null ? null : latest.month(), latest == null ? null : latest.reportingDate());
    }

    /**
     * The points from {@code from} to {@code to}, and the values they were made of, the month before {@code from}
     * first (each point is compared with the month before it).
     */
    private record History(List<SeriesPoint> points, List<MeasureValue> values) {
    }

    private static History history(MeasureDefinition definition, Measure measure, YearMonth from, YearMonth to,
            LocalDate today, YearProjection.Method projection) {
        List<SeriesPoint> points = new ArrayList<>();
        List<MeasureValue> values = new ArrayList<>();
        ReportingPeriod first = ReportingPeriod.of(from, today, projection);
        MeasureValue previous = measure.valueFor(first.previous());
        values.add(previous);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            ReportingPeriod period = ReportingPeriod.of(month, today, projection);
            MeasureValue current = measure.valueFor(period);
            points.add(SeriesPoint.of(definition, period, current, previous));
            values.add(current);
            previous = current;
        }
        return new History(points, values);
    }
}
